package dk.skolehjem.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.engine.Occurrence;
import dk.skolehjem.engine.Occurrence.What;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.policy.Promised;
import dk.skolehjem.policy.SchoolPolicy;
import dk.skolehjem.roster.RosterRepository;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The compliance rules on made-up histories, for the seed schools' own policies: a promise kept, kept late, missed
 * and not yet due, and the school's practice never counted as the board's promise.
 */
class ComplianceRulesTest {

    private static final PolicyRegistry POLICIES = new PolicyRegistry("");
    private static final SchoolYear YEAR = new SchoolYear(2026);
    private static final String CLASS = "2026-27:demo:5.A";
    private static final List<RosterRepository.StudentRow> STUDENTS = List.of(
            new RosterRepository.StudentRow("demo", "e1", "Elev Et", "5.A", 5, true),
            new RosterRepository.StudentRow("demo", "e2", "Elev To", "5.A", 5, true));

    private final List<Occurrence> happened = new ArrayList<>();

    @Test
    void seed001_theFirstQuarterMeetingIsTheBoardsDate_aNovemberMeetingIsLate() {
        SchoolPolicy policy = POLICIES.get("skole-med-meddelelsesbog-og-laeringssamtaler");
        on(What.YEAR_PLAN_DONE, CLASS, "2026-08-25");
        on(What.COUNCIL_ASKED, CLASS, "2026-08-26");
        on(What.INVITATION_SENT, CLASS, "2026-10-20");
        on(What.PARENT_MEETING_HELD, CLASS, "2026-11-12");
        List<Check> checks = checks(policy, "2026-12-01");

        Check first = only(checks, "Forældremøde", "1. forældremøde holdt");
        assertThat(first.status()).isEqualTo(Status.LATE);
        assertThat(first.due()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(first.promise().quote()).contains("første kvartal");
        Check second = only(checks, "2. forældremøde", "2. forældremøde holdt");
        assertThat(second.status())
                .as("the school's second meeting is due by the year's end")
                .isEqualTo(Status.NOT_YET_DUE);
        assertThat(second.note()).isEqualTo("Skolens praksis: senest " + DanishDates.day(LocalDate.of(2027, 4, 30)));
        assertThat(checks)
                .filteredOn(c -> c.setting() == Promised.COUNCIL_AGENDA_REQUEST
                        && c.what().contains("1."))
                .singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(Status.KEPT));
        assertThat(checks)
                .filteredOn(c -> c.setting() == Promised.CONFERENCE_WINDOW)
                .as("one conference per student, in the year's first part")
                .hasSize(2)
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(Status.NOT_YET_DUE));
        assertThat(checks)
                .filteredOn(c -> c.setting() == Promised.INFORMED_PER_YEAR)
                .hasSize(2)
                .allSatisfy(c -> assertThat(c.promise().quote()).contains("mindst to gange om året"));
    }

    @Test
    void seed001_afterTheYear_whatWasNotDoneIsMissed_andWhatWasDoneInItsWindowIsKept() {
        SchoolPolicy policy = POLICIES.get("skole-med-meddelelsesbog-og-laeringssamtaler");
        on(What.PARENT_MEETING_HELD, CLASS, "2026-09-24");
        on(What.CONFERENCE_HELD, CLASS + ":e1", "2026-11-09");
        on(What.CONFERENCE_HELD, CLASS + ":e2", "2026-12-20");
        on(What.NEEDS_TALK_OFFERED, CLASS + ":e1", "2027-02-01");
        on(What.LEARNING_CONVERSATION_HELD, CLASS + ":e1", "2027-02-02");
        List<Check> checks = checks(
                policy, "2027-08-01", Map.of("e1", List.of(LocalDate.of(2026, 11, 9), LocalDate.of(2027, 2, 2))));

        assertThat(only(checks, "1. forældremøde holdt", "1. forældremøde holdt")
                        .status())
                .isEqualTo(Status.KEPT);
        assertThat(only(checks, "2. forældremøde holdt", "2. forældremøde holdt")
                        .status())
                .isEqualTo(Status.MISSED);
        assertThat(student(checks, Promised.CONFERENCE_WINDOW, "e1").status()).isEqualTo(Status.KEPT);
        assertThat(student(checks, Promised.CONFERENCE_WINDOW, "e2").status())
                .as("after the board's window")
                .isEqualTo(Status.LATE);
        assertThat(student(checks, Promised.NEEDS_TALK, "e1").status()).isEqualTo(Status.KEPT);
        assertThat(student(checks, Promised.NEEDS_TALK, "e2").status()).isEqualTo(Status.MISSED);
        assertThat(student(checks, Promised.LEARNING_WINDOW, "e1").status()).isEqualTo(Status.KEPT);
        assertThat(student(checks, Promised.INFORMED_PER_YEAR, "e1").status()).isEqualTo(Status.KEPT);
        assertThat(student(checks, Promised.INFORMED_PER_YEAR, "e2").status()).isEqualTo(Status.MISSED);
    }

    @Test
    void smorum_aNovemberMeetingKeepsThePromise_theDateIsPractice_andNoNeedsTalkIsOwed() {
        SchoolPolicy policy = POLICIES.get("distriktsskole-smorum");
        on(What.MEETING_AGREED_WITH_COUNCIL, CLASS, "2026-10-20");
        on(What.PARENT_MEETING_HELD, CLASS, "2026-11-12");
        List<Check> checks = checks(policy, "2026-12-01");

        Check meeting = only(checks, "Forældremøde holdt", "Forældremøde holdt");
        assertThat(meeting.status()).isEqualTo(Status.KEPT);
        assertThat(meeting.promise().quote()).isEqualTo("Der afholdes som minimum forældremøde en gang årligt.");
        assertThat(meeting.note()).contains("Skolens praksis: senest 31. oktober");
        assertThat(checks)
                .filteredOn(c -> c.setting() == Promised.DATE_WITH_CONTACT_PARENTS)
                .singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo(Status.KEPT));
        assertThat(checks).noneMatch(c -> c.setting() == Promised.NEEDS_TALK);
        assertThat(checks).noneMatch(c -> c.setting() == Promised.INFORMED_PER_YEAR);
        assertThat(checks)
                .filteredOn(c -> c.setting() == Promised.CONFERENCE_PER_YEAR)
                .as("a conference a year; the window is practice")
                .allSatisfy(c -> {
                    assertThat(c.due()).isEqualTo(YEAR.end());
                    assertThat(c.note()).startsWith("Skolens praksis");
                });
    }

    @Test
    void smorum_noMeetingByTheSchoolsOwnDate_isBehind_notYetABrokenPromise() {
        SchoolPolicy policy = POLICIES.get("distriktsskole-smorum");
        Check beforeTheDate = only(checks(policy, "2026-10-15"), "Forældremøde holdt", "Forældremøde holdt");
        assertThat(beforeTheDate.status()).isEqualTo(Status.NOT_YET_DUE);
        assertThat(beforeTheDate.plannedBy()).isEqualTo(LocalDate.of(2026, 10, 31));

        Check afterIt = only(checks(policy, "2026-12-05"), "Forældremøde holdt", "Forældremøde holdt");
        assertThat(afterIt.status())
                .as("past the school's 31 October, the year's end still ahead")
                .isEqualTo(Status.BEHIND);
        assertThat(afterIt.status().danish()).isEqualTo("Over skolens egen frist");
        assertThat(afterIt.status().forTheBoard())
                .as("the board counts against its own words only")
                .isEqualTo(Status.NOT_YET_DUE);
        assertThat(afterIt.practiceDue()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(afterIt.due()).isEqualTo(YEAR.end());

        Check afterTheYear = only(checks(policy, "2027-08-01"), "Forældremøde holdt", "Forældremøde holdt");
        assertThat(afterTheYear.status()).isEqualTo(Status.MISSED);
    }

    @Test
    void aalborg_promisesNothingMeasurable_everyRowIsTheSchoolsPractice() {
        List<Check> checks = checks(POLICIES.get("aalborg-kommune-pejlemaerker"), "2026-12-01");
        assertThat(checks).isNotEmpty().noneMatch(Check::promised);
    }

    @Test
    void traellerup_eachSchoolWeeksPlanIsDueTheFridayBefore_lateAndMissingWeeksAreNamed() {
        SchoolPolicy policy = POLICIES.get("traellerupskolen");
        on(What.YEAR_STARTED, CLASS, "2026-08-10");
        plan("2026-08-17", "2026-08-14T13:00");
        plan("2026-08-24", "2026-08-21T16:30");
        List<Check> checks = checks(policy, "2026-09-01").stream()
                .filter(c -> c.setting() == Promised.WEEKLY_PLAN_DUE)
                .toList();
        assertThat(checks.get(0).what()).isEqualTo("Ugeplan for uge 34");
        assertThat(checks.get(0).status()).isEqualTo(Status.KEPT);
        assertThat(checks.get(1).status()).as("after Friday 14:00").isEqualTo(Status.LATE);
        assertThat(checks.get(2).status()).as("week 36, due Friday 28 August").isEqualTo(Status.MISSED);
        assertThat(checks.get(3).status()).isEqualTo(Status.NOT_YET_DUE);
        assertThat(checks)
                .as("no plan owed for the autumn holiday (week 42)")
                .noneMatch(c -> c.what().equals("Ugeplan for uge 42"));
        assertThat(checks.get(0).promise().quote()).contains("senest fredag eftermiddag");
    }

    private void on(What what, String key, String day) {
        happened.add(new Occurrence(
                what,
                key,
                LocalDate.parse(day).atTime(12, 0).atZone(DanishDates.ZONE).toInstant(),
                "laerer5a",
                "pi"));
    }

    private void plan(String week, String publishedAt) {
        happened.add(new Occurrence(
                What.WEEKLY_PLAN_PUBLISHED,
                CLASS,
                LocalDateTime.parse(publishedAt).atZone(DanishDates.ZONE).toInstant(),
                "laerer5a",
                week));
    }

    private List<Check> checks(SchoolPolicy policy, String today) {
        return checks(policy, today, Map.of());
    }

    private List<Check> checks(SchoolPolicy policy, String today, Map<String, List<LocalDate>> informed) {
        Map<String, List<Occurrence>> byKey = happened.stream().collect(Collectors.groupingBy(Occurrence::businessKey));
        return new Compliance.ClassContext(policy, YEAR, LocalDate.parse(today), CLASS, byKey, STUDENTS, informed)
                .checks();
    }

    private static Check only(List<Check> checks, String description, String what) {
        return checks.stream()
                .filter(c -> c.what().equals(what))
                .reduce((a, b) -> {
                    throw new AssertionError(description + " twice");
                })
                .orElseThrow(() -> new AssertionError(description + " missing: " + checks));
    }

    private static Check student(List<Check> checks, Promised setting, String student) {
        return checks.stream()
                .filter(c -> c.setting() == setting && student.equals(c.studentId()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(setting + " " + student + " missing: " + checks));
    }
}
