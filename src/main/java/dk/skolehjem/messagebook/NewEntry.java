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
        LocalDate parentsInformedOn) {

    public NewEntry {
        goals = goals == null ? List.of() : List.copyOf(goals);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
    }
}
