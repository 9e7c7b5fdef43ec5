package dk.skolehjem.reminder;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.policy.SchoolPolicy;
import java.time.LocalDate;
import java.util.Date;

/**
 * The rule every task follows (issue: "a due date where the policy sets one, a follow-up date for reminders"): a
 * task the process gave no deadline is due after the principle's {@code reminders.escalateAfter}, and every task is
 * followed up the principle's {@code reminders.before} ahead of its deadline (never before today), which is when
 * the person is reminded.
 */
final class TaskDeadlines {

    /** A task's deadline and follow-up date. */
    record Dates(Date due, Date followUp) {}

    private TaskDeadlines() {}

    static Dates of(Date due, Date followUp, LocalDate today, SchoolPolicy.Reminders reminders) {
        Date newDue = due != null ? due : EngineDates.endOfDay(today.plus(reminders.escalateAfter()));
        if (followUp != null) {
            return new Dates(newDue, followUp);
        }
        LocalDate dueDay = newDue.toInstant().atZone(DanishDates.ZONE).toLocalDate();
        LocalDate remindOn = dueDay.minus(reminders.before());
        return new Dates(newDue, EngineDates.endOfDay(remindOn.isBefore(today) ? today : remindOn));
    }
}
