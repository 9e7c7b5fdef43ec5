package dk.skolehjem.messagebook;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One stored message book entry. */
public record MessageBookEntry(
        String id,
        String schoolId,
        String studentId,
        String schoolYear,
        LocalDate date,
        EntrySource source,
        String strengths,
        List<Goal> goals,
        List<Agreement> agreements,
        String evaluation,
        String nextFocus,
        String attendance,
        boolean parentsInformed,
        LocalDate parentsInformedOn,
        String processInstanceId,
        String createdBy,
        Instant createdAt) {

    /** A goal in one area, worded in terms of what the student can and will do. */
    public record Goal(SubjectArea area, String goal) {}

    /** Who does what (and by when). */
    public record Agreement(String who, String what, LocalDate byWhen) {}
}
