package dk.skolehjem.messagebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageBookRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 3);

    @Test
    void eachGradeHasItsAreas() {
        assertThat(SubjectArea.requiredFor(0))
                .containsExactlyInAnyOrder(SubjectArea.SPROG, SubjectArea.TIDLIG_MATEMATIK, SubjectArea.SOCIALT);
        assertThat(SubjectArea.requiredFor(5))
                .containsExactlyInAnyOrder(SubjectArea.DANSK, SubjectArea.MATEMATIK, SubjectArea.SOCIALT);
        assertThat(SubjectArea.requiredFor(8))
                .containsExactlyInAnyOrder(
                        SubjectArea.DANSK, SubjectArea.MATEMATIK, SubjectArea.UDDANNELSE, SubjectArea.SOCIALT);
    }

    @Test
    void aGoodEntryHasNoProblems() {
        assertThat(MessageBookService.problems(
                        entry(List.of(goal(SubjectArea.DANSK, "Læser en kapitelbog")), true, DAY), 5, DAY))
                .isEmpty();
    }

    @Test
    void everyProblemIsNamedByField() {
        NewEntry bad = new NewEntry(
                null,
                null,
                "x".repeat(4001),
                List.of(
                        goal(SubjectArea.UDDANNELSE, "Erhvervspraktik"),
                        goal(null, " "),
                        goal(SubjectArea.SPROG, "Rim")),
                List.of(new MessageBookEntry.Agreement("", "Læse", null)),
                null,
                true,
                null);
        assertThat(MessageBookService.problems(bad, 5, DAY))
                .extracting(EntryRejected.Problem::field)
                .containsExactly(
                        "date",
                        "source",
                        "strengths",
                        "goals[0].area",
                        "goals[1].area",
                        "goals[1].goal",
                        "goals[2].area",
                        "agreements[0].who",
                        "parentsInformedOn");
        assertThat(MessageBookService.problems(bad, 5, DAY))
                .contains(
                        new EntryRejected.Problem(
                                "goals[0].area", "'Overvejelser om uddannelse' hører ikke til 5. klasse"),
                        new EntryRejected.Problem("goals[2].area", "'Sprog' hører ikke til 5. klasse"),
                        new EntryRejected.Problem("strengths", "må højst være 4000 tegn (er 4001)"));
    }

    @Test
    void anEmptyEntryAndAnInformedDateWithoutInformingAreRefused() {
        NewEntry empty = new NewEntry(DAY, EntrySource.OTHER, " ", List.of(), List.of(), null, false, DAY);
        assertThat(MessageBookService.problems(empty, 3, DAY))
                .extracting(EntryRejected.Problem::field)
                .containsExactly("entry", "parentsInformedOn");
    }

    @Test
    void entriesBelongToThisSchoolYearAndNothingIsDatedInTheFuture() {
        NewEntry future = new NewEntry(
                DAY.plusDays(1), EntrySource.OTHER, "Glad", List.of(), List.of(), null, true, DAY.plusDays(2));
        assertThat(MessageBookService.problems(future, 5, DAY))
                .containsExactly(
                        new EntryRejected.Problem("date", "datoen ligger i fremtiden"),
                        new EntryRejected.Problem("parentsInformedOn", "orienteringen kan ikke ligge i fremtiden"));
        NewEntry lastYear = new NewEntry(
                LocalDate.of(2026, 6, 1), EntrySource.OTHER, "Glad", List.of(), List.of(), null, false, null);
        assertThat(MessageBookService.problems(lastYear, 5, DAY))
                .containsExactly(new EntryRejected.Problem("date", "datoen skal ligge i dette skoleår (2026-27)"));
    }

    static NewEntry entry(List<MessageBookEntry.Goal> goals, boolean informed, LocalDate day) {
        return new NewEntry(
                day,
                EntrySource.CONFERENCE,
                "Nysgerrig og hjælpsom over for andre",
                goals,
                List.of(new MessageBookEntry.Agreement(
                        "Forældrene", "Læser med hjemme 15 minutter om dagen", day.plusDays(30))),
                "Sidste mål om læsning er nået",
                informed,
                informed ? day : null);
    }

    static MessageBookEntry.Goal goal(SubjectArea area, String text) {
        return new MessageBookEntry.Goal(area, text);
    }
}
