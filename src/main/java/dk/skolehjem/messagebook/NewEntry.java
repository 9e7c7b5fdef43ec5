package dk.skolehjem.messagebook;

import java.time.LocalDate;
import java.util.List;

/**
 * What the class team or a process writes into the message book; checked by {@link MessageBookService}.
 * {@code attendance}: who was at the meeting the entry comes from, as one line of names.
 */
public record NewEntry(
        LocalDate date,
        EntrySource source,
        String strengths,
        List<MessageBookEntry.Goal> goals,
        List<MessageBookEntry.Agreement> agreements,
        String evaluation,
        boolean parentsInformed,
        LocalDate parentsInformedOn,
        String nextFocus,
        String attendance) {

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
        this(date, source, strengths, goals, agreements, evaluation, parentsInformed, parentsInformedOn, null, null);
    }

    /** An entry with a next focus point but no record of who was there. */
    public NewEntry(
            LocalDate date,
            EntrySource source,
            String strengths,
            List<MessageBookEntry.Goal> goals,
            List<MessageBookEntry.Agreement> agreements,
            String evaluation,
            boolean parentsInformed,
            LocalDate parentsInformedOn,
            String nextFocus) {
        this(
                date,
                source,
                strengths,
                goals,
                agreements,
                evaluation,
                parentsInformed,
                parentsInformedOn,
                nextFocus,
                null);
    }
}
