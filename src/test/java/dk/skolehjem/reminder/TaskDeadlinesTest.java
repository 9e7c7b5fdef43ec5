package dk.skolehjem.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.policy.SchoolPolicy;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import org.junit.jupiter.api.Test;

class TaskDeadlinesTest {

    private static final SchoolPolicy.Reminders REMINDERS =
            new SchoolPolicy.Reminders(Period.ofDays(2), Period.ofDays(3));
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @Test
    void aTaskWithoutADeadlineIsDueAfterThePrinciplesEscalationPeriod_andFollowedUpBeforeIt() {
        var dates = TaskDeadlines.of(null, null, MONDAY, REMINDERS);
        assertThat(dates.due()).isEqualTo(EngineDates.endOfDay(LocalDate.of(2026, 11, 5)));
        assertThat(dates.followUp()).isEqualTo(EngineDates.endOfDay(LocalDate.of(2026, 11, 3)));
    }

    @Test
    void theProcesssOwnDeadlineAndFollowUpAreKept() {
        var due = EngineDates.at(LocalDateTime.of(2026, 11, 20, 14, 0));
        var followUp = EngineDates.endOfDay(LocalDate.of(2026, 11, 10));
        assertThat(TaskDeadlines.of(due, followUp, MONDAY, REMINDERS))
                .isEqualTo(new TaskDeadlines.Dates(due, followUp));
        assertThat(TaskDeadlines.of(due, null, MONDAY, REMINDERS).followUp())
                .isEqualTo(EngineDates.endOfDay(LocalDate.of(2026, 11, 18)));
    }

    @Test
    void aDeadlineTooCloseForTheReminderPeriodIsFollowedUpToday_neverInThePast() {
        var due = EngineDates.endOfDay(MONDAY.plusDays(1));
        assertThat(TaskDeadlines.of(due, null, MONDAY, REMINDERS).followUp()).isEqualTo(EngineDates.endOfDay(MONDAY));
        var overdue = EngineDates.endOfDay(MONDAY.minusDays(5));
        assertThat(TaskDeadlines.of(overdue, null, MONDAY, REMINDERS).followUp())
                .isEqualTo(EngineDates.endOfDay(MONDAY));
    }
}
