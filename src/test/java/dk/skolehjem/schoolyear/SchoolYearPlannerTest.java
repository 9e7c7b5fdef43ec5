package dk.skolehjem.schoolyear;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.policy.PolicyRegistry;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SchoolYearPlannerTest {

    private final PolicyRegistry policies = new PolicyRegistry("");
    private final SchoolYearPlanner planner = new SchoolYearPlanner();

    @Test
    void datesComeFromThePolicy() {
        var dates = planner.plan(policies.get("distriktsskole-smorum"), new SchoolYear(2026), LocalDate.of(2026, 8, 3));
        assertThat(dates.yearPlanDue()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(dates.schoolYearEnd()).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(dates.parentMeetingBy()).isEqualTo("31. oktober 2026");
        assertThat(dates.conferencePlan())
                .isEqualTo("Skole-hjem-samtaler mellem 15. september 2026 og 15. december 2026");
    }

    @Test
    void theConferenceRoundIsPlannedBeforeItsBookingPeriod_orNotAtAllWhenTheWindowHasPassed() {
        var smorum = policies.get("distriktsskole-smorum");
        assertThat(planner.conferencePlanningStart(smorum, new SchoolYear(2026), LocalDate.of(2026, 8, 3)))
                .contains(LocalDate.of(2026, 8, 18));
        assertThat(planner.conferencePlanningStart(smorum, new SchoolYear(2026), LocalDate.of(2026, 11, 22)))
                .contains(LocalDate.of(2026, 11, 22));
        assertThat(planner.conferencePlanningStart(smorum, new SchoolYear(2026), LocalDate.of(2027, 1, 5)))
                .isEmpty();
    }

    @Test
    void aLateStartGetsTheGracePeriod() {
        var dates = planner.plan(policies.get("standard"), new SchoolYear(2026), LocalDate.of(2026, 11, 22));
        assertThat(dates.yearPlanDue()).isEqualTo(LocalDate.of(2026, 12, 6));
    }
}
