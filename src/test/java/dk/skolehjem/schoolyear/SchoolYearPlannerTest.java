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
    void aLateStartSaysWhatItCanNoLongerKeep_inTheBoardsWordsOrAsPractice() {
        var seed001 = policies.get("skole-med-meddelelsesbog-og-laeringssamtaler");
        assertThat(planner.lostPromises(seed001, new SchoolYear(2026), LocalDate.of(2026, 8, 10)))
                .as("a year started in time loses nothing")
                .isEmpty();
        assertThat(planner.lostPromises(seed001, new SchoolYear(2026), LocalDate.of(2027, 4, 12)))
                .containsExactly(
                        "Skole-hjem-samtalerne kan ikke holdes: vinduet sluttede 15. december 2026 (princippet:"
                                + " \u201cDer afholdes én skole-hjemsamtale i første del af skoleåret.\u201d).",
                        "Læringssamtalerne kan ikke holdes: vinduet sluttede 31. marts 2027 (princippet:"
                                + " \u201cElevstyrede læringssamtaler afholdes i kalenderårets første kvartal.\u201d).",
                        "Årets første forældremøde kan ikke holdes senest 31. oktober 2026; klasseteamet får en ny"
                                + " frist (princippet: \u201cForældremøder afholdes i passende omfang - dog således, at"
                                + " der mindst afholdes ét forældremøde i skoleårets første kvartal.\u201d).");
        assertThat(planner.lostPromises(
                        policies.get("distriktsskole-smorum"), new SchoolYear(2026), LocalDate.of(2027, 1, 5)))
                .as("Smørum: the window is practice, the meeting date too")
                .containsExactly(
                        "Skole-hjem-samtalerne kan ikke holdes: vinduet sluttede 15. december 2026 (princippet:"
                                + " \u201cDer afholdes som udgangspunkt skole-hjem samtaler én gang årligt.\u201d).");
    }

    @Test
    void aLateStartGetsTheGracePeriod() {
        var dates = planner.plan(policies.get("standard"), new SchoolYear(2026), LocalDate.of(2026, 11, 22));
        assertThat(dates.yearPlanDue()).isEqualTo(LocalDate.of(2026, 12, 6));
    }
}
