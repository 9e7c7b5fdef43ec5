package dk.skolehjem.weeklyplan;

import dk.skolehjem.calendar.SchoolCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Which week's plan is due when (R1): the plan for a school week is due on the policy's day and time in the week
 * before, moved back to the last school day when that day is a holiday; weeks without school days get no plan.
 */
@Service
class WeeklyPlanSchedule {

    /** The next plan: the week it covers, when the team gets the task and when it is due. */
    record Next(LocalDate week, int weekNumber, LocalDateTime createAt, LocalDateTime dueAt) {}

    /** The first plan whose week starts after {@code afterWeek} (null: the week after today's). */
    Optional<Next> next(
            SchoolCalendar calendar, LocalDate today, LocalDate afterWeek, DayOfWeek dueDay, LocalTime dueTime) {
        LocalDate monday = (afterWeek == null ? today : afterWeek)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .plusWeeks(1);
        LocalDate lastDay = calendar.year().end();
        for (; !monday.isAfter(lastDay); monday = monday.plusWeeks(1)) {
            if (!hasSchoolDay(calendar, monday)) {
                continue;
            }
            LocalDate due = monday.minusWeeks(1).with(TemporalAdjusters.nextOrSame(dueDay));
            while (!calendar.isSchoolDay(due) && due.isAfter(monday.minusWeeks(3))) {
                due = due.minusDays(1);
            }
            LocalDateTime dueAt = due.atTime(dueTime);
            if (dueAt.toLocalDate().isBefore(today)) {
                continue;
            }
            LocalDateTime createAt =
                    due.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).atTime(7, 0);
            return Optional.of(new Next(monday, monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), createAt, dueAt));
        }
        return Optional.empty();
    }

    private static boolean hasSchoolDay(SchoolCalendar calendar, LocalDate monday) {
        for (int i = 0; i < 5; i++) {
            if (calendar.isSchoolDay(monday.plusDays(i))) {
                return true;
            }
        }
        return false;
    }
}
