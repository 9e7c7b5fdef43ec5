package dk.skolehjem.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skolehjem.calendar.SchoolYear;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyRegistryTest {

    private static final PolicyRegistry REGISTRY = new PolicyRegistry("");

    @Test
    void theFiveSeedSchoolsAndTheDefaultAreShipped() {
        assertThat(REGISTRY.all())
                .extracting(SchoolPolicy::name)
                .containsExactlyInAnyOrder(
                        "Trællerupskolen",
                        "Himmelev Skole",
                        "Distriktsskole Smørum",
                        "Aalborg Kommunes pejlemærker for skole-hjem-samarbejdet",
                        "Skole med meddelelsesbog og læringssamtaler",
                        "Standardprincip for skole-hjem-samarbejdet");
        assertThat(REGISTRY.find(PolicyRegistry.DEFAULT_ID)).isPresent();
    }

    @Test
    void theSeedsDifferencesAreData() {
        SchoolPolicy traellerup = REGISTRY.get("traellerupskolen");
        assertThat(traellerup.weeklyPlan().enabled()).isTrue();
        assertThat(traellerup.weeklyPlan().dueDay()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(traellerup.weeklyPlan().dueTime()).isEqualTo(LocalTime.of(14, 0));
        assertThat(traellerup.weeklyPlan().format())
                .as("written on the learning platform (seed 000)")
                .isEqualTo(SchoolPolicy.WeeklyPlanFormat.PLATFORM_LINK);
        assertThat(REGISTRY.get("standard").weeklyPlan().format())
                .as("default: written in the form")
                .isEqualTo(SchoolPolicy.WeeklyPlanFormat.FORM);

        SchoolPolicy seed001 = REGISTRY.get("skole-med-meddelelsesbog-og-laeringssamtaler");
        SchoolYear year = new SchoolYear(2026);
        assertThat(seed001.learningConversation().enabled()).isTrue();
        assertThat(year.calendarFirstQuarter()
                        .contains(year.date(
                                seed001.learningConversation().window().from())))
                .isTrue();
        assertThat(year.calendarFirstQuarter()
                        .contains(year.date(
                                seed001.learningConversation().window().to())))
                .isTrue();
        assertThat(year.firstQuarter()
                        .contains(year.date(seed001.parentMeeting().heldBy())))
                .isTrue();
        assertThat(seed001.parentMeeting().councilAgendaRequest()).isTrue();

        SchoolPolicy smorum = REGISTRY.get("distriktsskole-smorum");
        assertThat(smorum.parentMeeting().agreeDateWithContactParents()).isTrue();
        assertThat(smorum.conference().formats()).containsExactly("individuel", "gruppe", "fagcafe");
        assertThat(smorum.conference().perYear()).isEqualTo(1);
        assertThat(REGISTRY.get("himmelev-skole").parentMeeting().communicationAgreements())
                .as("seed 002's rules for Aula are the meeting's starting point")
                .contains("Konflikter klares ikke i Aula: bed i stedet om at blive ringet op eller om et møde");
        assertThat(smorum.parentMeeting().communicationAgreements()).hasSize(3);
    }

    @Test
    void aBlankOrOverlongCommunicationAgreementIsNamed() {
        String yaml = valid().replace(
                        "  communicationAgreements:\n",
                        "  communicationAgreements:\n    - \"\"\n    - \"" + "x".repeat(301) + "\"\n");
        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOfSatisfying(
                        PolicyException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "feltet 'parentMeeting.communicationAgreements[0]' er tomt",
                                        "feltet 'parentMeeting.communicationAgreements[1]' må højst være 300 tegn"));
    }

    @Test
    void everyShippedPolicyGivesAWorkingCalendar() {
        for (SchoolPolicy p : REGISTRY.all()) {
            var calendar = p.calendar(new SchoolYear(2026));
            assertThat(calendar.isSchoolDay(LocalDate.of(2026, 10, 14)))
                    .as(p.id() + " efterårsferie")
                    .isFalse();
            assertThat(calendar.isSchoolDay(LocalDate.of(2026, 11, 24)))
                    .as(p.id())
                    .isTrue();
        }
    }

    @Test
    void anUnknownFieldIsNamedWithItsLine() {
        String yaml = valid().replace("  perYear: 1\n  heldBy", "  perYear: 1\n  heldby");
        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("test.yaml")
                .hasMessageContaining("ukendt felt 'parentMeeting.heldby'")
                .hasMessageContaining("linje");
    }

    @Test
    void aBadDateNamesTheFieldAndTheFormat() {
        String yaml = valid().replace("window: {from: \"09-15\"", "window: {from: \"15/9\"");
        assertThatThrownBy(() -> parse(yaml))
                .hasMessageContaining("conference.window.from")
                .hasMessageContaining("MM-DD");
    }

    @Test
    void everyMissingOrWrongFieldIsListedAtOnce() {
        String yaml = valid().replaceAll("(?m)^  dueBy:.*\n", "")
                .replace("window: {from: \"09-15\", to: \"12-15\"}", "window: {from: \"12-15\", to: \"09-15\"}")
                .replace("answerWithin: P14D", "answerWithin: P0D")
                .replace("formats: [individuel]", "formats: [individuel, telefon]");
        assertThatThrownBy(() -> parse(yaml))
                .isInstanceOfSatisfying(
                        PolicyException.class,
                        e -> assertThat(e.problems())
                                .containsExactlyInAnyOrder(
                                        "feltet 'yearPlan.dueBy' mangler",
                                        "feltet 'conference.window' slutter (09-15) før det begynder (12-15) i skoleåret (1. august - 31. juli)",
                                        "feltet 'conference.formats[1]' skal være en af [fagcafe, gruppe, individuel], ikke 'telefon'",
                                        "feltet 'needsTalk.answerWithin' skal være en positiv periode (fx P7D), ikke P0D"));
    }

    @Test
    void theIdMustMatchTheFileName() {
        assertThatThrownBy(() -> new PolicyParser().parse(stream(valid()), "policies/other.yaml", "other"))
                .hasMessageContaining("feltet 'id' er 'test', men filen hedder other.yaml");
    }

    @Test
    void anEmptyOrBrokenFileIsRefused() {
        assertThatThrownBy(() -> parse("")).hasMessageContaining("filen er tom");
        assertThatThrownBy(() -> parse("id: [unclosed")).hasMessageContaining("test.yaml");
    }

    @Test
    void aMunicipalityDirectoryCanReplaceAShippedPolicy(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("standard.yaml"),
                valid().replace("id: test", "id: standard").replace("name: Testskolen", "name: Kommunens standard"));
        var registry = new PolicyRegistry(dir.toString());
        assertThat(registry.get("standard").name()).isEqualTo("Kommunens standard");
        assertThat(registry.get("standard").needsTalk().answerWithin()).isEqualTo(Period.ofDays(14));
        assertThat(registry.get("standard").yearPlan().dueBy()).isEqualTo(MonthDay.of(9, 1));
    }

    @Test
    void aBrokenFileInTheMunicipalityDirectoryStopsTheStart(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kommune.yaml"), "id: kommune\nname: Kommunen\n");
        assertThatThrownBy(() -> new PolicyRegistry(dir.toString()))
                .isInstanceOf(PolicyException.class)
                .hasMessageContaining("kommune.yaml")
                .hasMessageContaining("feltet 'yearPlan' mangler");
        assertThatThrownBy(() -> new PolicyRegistry(dir.resolve("missing").toString()))
                .hasMessageContaining("mappen findes ikke");
    }

    @Test
    void aPromiseIsTheBoardsOwnWords_quotedWithWhereTheyStand_andKeepsSettingsThatExistAndAreOn() {
        String principle = "principle:\n  title: Testprincip\n  approved: 2024-01-10\n"
                + "  text: |\n    Der afholdes som minimum forældremøde\n    en gang årligt.\n"
                + "promises:\n";
        SchoolPolicy kept = parse(valid().replace(
                        "yearPlan:\n",
                        principle
                                + "  - id: moede\n    quote: \"Der afholdes som minimum forældremøde en gang årligt.\"\n"
                                + "    where: \"Forældremøder\"\n    keeps: [parentMeeting.perYear]\nyearPlan:\n"));
        assertThat(kept.promise(Promised.PARENT_MEETING_PER_YEAR))
                .as("line breaks in the board's text do not matter")
                .isPresent();
        assertThat(kept.promise(Promised.PARENT_MEETING_HELD_BY))
                .as("the date is practice")
                .isEmpty();
        assertThat(kept.principle().approved()).isEqualTo(LocalDate.of(2024, 1, 10));

        String broken = valid().replace("needsTalk:\n  enabled: true", "needsTalk:\n  enabled: false")
                .replace(
                        "yearPlan:\n",
                        principle
                                + "  - id: uden-citat\n    where: \"Et sted\"\n    keeps: [parentMeeting]\n"
                                + "  - id: opdigtet\n    quote: \"Der afholdes to forældremøder om året.\"\n"
                                + "    where: \"Forældremøder\"\n    keeps: [parentMeeting.perYear, fest]\n"
                                + "  - id: slaaet-fra\n    quote: \"en gang årligt.\"\n    keeps: [needsTalk]\n"
                                + "yearPlan:\n");
        assertThatThrownBy(() -> parse(broken))
                .isInstanceOfSatisfying(
                        PolicyException.class,
                        e -> assertThat(e.problems())
                                .contains(
                                        "feltet 'promises[0].quote' mangler: et løfte skal citere princippets egne ord",
                                        "citatet i 'promises[1].quote' står ikke ordret i princippet: \"Der afholdes to"
                                                + " forældremøder om året.\"",
                                        "feltet 'promises[2].where' mangler: skriv hvor i princippet ordene står",
                                        "løftet i 'promises[2]' holdes af 'needsTalk', men den er slået fra eller ikke"
                                                + " udfyldt")
                                .anyMatch(p -> p.startsWith("feltet 'promises[1].keeps' nævner 'fest'")));
    }

    @Test
    void aPromiseWithoutThePrinciplesTextCannotBeChecked_andIsRefused() {
        String yaml = valid().replace(
                        "yearPlan:\n",
                        "promises:\n  - id: moede\n    quote: \"Der afholdes forældremøde.\"\n    where: \"Et sted\"\n"
                                + "yearPlan:\n");
        assertThatThrownBy(() -> parse(yaml))
                .hasMessageContaining("politikken lover noget, men feltet 'principle' mangler");
    }

    @Test
    void theSeedsPromiseOnlyWhatTheirBoardsWrote() {
        SchoolPolicy smorum = REGISTRY.get("distriktsskole-smorum");
        assertThat(smorum.principle().approved()).isEqualTo(LocalDate.of(2020, 1, 27));
        assertThat(smorum.principle().revised()).isEqualTo(LocalDate.of(2023, 4, 24));
        assertThat(smorum.promise(Promised.PARENT_MEETING_PER_YEAR)
                        .orElseThrow()
                        .quote())
                .isEqualTo("Der afholdes som minimum forældremøde en gang årligt.");
        assertThat(smorum.promise(Promised.PARENT_MEETING_HELD_BY))
                .as("Smørum's text sets no date for the meeting")
                .isEmpty();
        assertThat(smorum.needsTalk().enabled())
                .as("\"supplerende behovssamtaler\" when there is a worry, not an offer to every family")
                .isFalse();
        assertThat(smorum.informedPerYear()).isZero();
        assertThat(smorum.conference().student()).isEqualTo(SchoolPolicy.StudentPart.ALWAYS);

        SchoolPolicy traellerup = REGISTRY.get("traellerupskolen");
        assertThat(traellerup.promise(Promised.WEEKLY_PLAN_DUE)).isPresent();
        assertThat(traellerup.promise(Promised.PARENT_MEETING)).isEmpty();
        assertThat(traellerup.promise(Promised.CONFERENCE)).isEmpty();
        assertThat(traellerup.needsTalk().enabled()).isFalse();
        assertThat(traellerup.parentMeeting().councilAgendaRequest()).isFalse();

        for (String silent : java.util.List.of("himmelev-skole", "aalborg-kommune-pejlemaerker")) {
            SchoolPolicy p = REGISTRY.get(silent);
            assertThat(p.promise(Promised.PARENT_MEETING_HELD_BY))
                    .as(silent + " sets no calendar")
                    .isEmpty();
            assertThat(p.promise(Promised.CONFERENCE_WINDOW)).as(silent).isEmpty();
            assertThat(p.promise(Promised.CONFERENCE_PER_YEAR)).as(silent).isEmpty();
            assertThat(p.needsTalk().enabled()).as(silent).isFalse();
        }
        assertThat(REGISTRY.get("himmelev-skole").conference().student()).isEqualTo(SchoolPolicy.StudentPart.AS_NEEDED);
        assertThat(REGISTRY.get("himmelev-skole").parentMeeting().themes())
                .containsExactly("Skolens forventninger", "Klassens trivsel");

        SchoolPolicy seed001 = REGISTRY.get("skole-med-meddelelsesbog-og-laeringssamtaler");
        assertThat(seed001.informedPerYear()).isEqualTo(2);
        assertThat(seed001.promise(Promised.PARENT_MEETING_HELD_BY)).isPresent();
        assertThat(seed001.parentMeeting().dueDates())
                .as("\"i passende omfang\": the school chose two meetings")
                .containsExactly(MonthDay.of(10, 31), MonthDay.of(4, 30));
        assertThat(REGISTRY.get("standard").promises())
                .as("without a board's text nothing is a promise")
                .isEmpty();
    }

    @Test
    void eachMeetingAfterTheFirstNeedsItsOwnDate() {
        String yaml = valid().replace("  perYear: 1\n  heldBy", "  perYear: 2\n  heldBy");
        assertThatThrownBy(() -> parse(yaml))
                .hasMessageContaining(
                        "feltet 'parentMeeting.laterHeldBy' skal have en dato for hvert møde efter det første (1), ikke 0");
    }

    private static SchoolPolicy parse(String yaml) {
        return new PolicyParser().parse(stream(yaml), "policies/test.yaml", "test");
    }

    private static InputStream stream(String yaml) {
        return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private static String valid() {
        try (InputStream in = PolicyRegistryTest.class.getResourceAsStream("/policies/standard.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("id: standard", "id: test")
                    .replace("name: Standardprincip for skole-hjem-samarbejdet", "name: Testskolen");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
