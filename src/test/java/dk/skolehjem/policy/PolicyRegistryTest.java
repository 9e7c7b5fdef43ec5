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
