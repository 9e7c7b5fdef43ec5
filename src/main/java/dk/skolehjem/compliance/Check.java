package dk.skolehjem.compliance;

import dk.skolehjem.policy.Promised;
import dk.skolehjem.policy.SchoolPolicy;
import java.time.LocalDate;

/**
 * One thing the school's policy says will happen, for one class or (with {@code studentId}) one student: what, due
 * when, done when and by whom, how it stands, and the evidence. {@code promise} is the board's own words when the
 * principle promises it; null when it is the school's practice. {@code note} says what practice adds ("skolens
 * praksis: senest 31. oktober"). {@code practiceDue} is the school's own date when the principle's deadline is later
 * (the year's end), null otherwise.
 */
public record Check(
        Promised setting,
        SchoolPolicy.Promise promise,
        String what,
        String studentId,
        String studentName,
        LocalDate due,
        LocalDate practiceDue,
        LocalDate done,
        String by,
        Status status,
        String evidence,
        String note) {

    public boolean promised() {
        return promise != null;
    }

    /** The status of something due on {@code due} and done on {@code done} (null: not yet), as of {@code today}. */
    static Status status(LocalDate due, LocalDate done, LocalDate today) {
        return status(due, null, done, today);
    }

    /** As {@link #status(LocalDate, LocalDate, LocalDate)}, and behind when the school's own date has passed. */
    static Status status(LocalDate due, LocalDate practiceDue, LocalDate done, LocalDate today) {
        if (done != null) {
            return done.isAfter(due) ? Status.LATE : Status.KEPT;
        }
        if (today.isAfter(due)) {
            return Status.MISSED;
        }
        return practiceDue != null && today.isAfter(practiceDue) ? Status.BEHIND : Status.NOT_YET_DUE;
    }

    /** The date a leader plans by: the school's own when it comes first, else the deadline. */
    public LocalDate plannedBy() {
        return practiceDue != null && practiceDue.isBefore(due) ? practiceDue : due;
    }
}
