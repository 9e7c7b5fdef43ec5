package dk.skolehjem.messagebook;

import java.time.LocalDate;
import java.util.List;

/** What the class team or a process writes into the message book; checked by {@link MessageBookService}. */
public record NewEntry(
        LocalDate date,
        EntrySource source,
        String strengths,
        List<MessageBookEntry.Goal> goals,
        List<MessageBookEntry.Agreement> agreements,
        String evaluation,
        boolean parentsInformed,
        LocalDate parentsInformedOn,
        String nextFocus) {

    public NewEntry {
        goals = goals == null ? List.of() : List.copyOf(goals);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
    }

    /** An entry without a next focus point (a hand-written entry, a meeting that agrees none). */
    public NewEntry(
            LocalDate date,
            EntrySource source,
            String strengths,
            List<MessageBookEntry.Goal> goals,
            List<MessageBookEntry.Agreement> agreements,
            String evaluation,
            boolean parentsInformed,
            LocalDate parentsInformedOn) {
        this(date, source, strengths, goals, agreements, evaluation, parentsInformed, parentsInformedOn, null);
    }
}
