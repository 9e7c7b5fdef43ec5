package dk.skolehjem.messagebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skolehjem.Http;
import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.TestSchools;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.minutes.PdfReading;
import dk.skolehjem.roster.RosterImportService;
import dk.skolehjem.schoolyear.SchoolYearRollout;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The message book over HTTP and from a process step, for each role. Uses 5.A students e5a07-e5a09 and 0.A's e0a07. */
@SkoleHjemIT
class MessageBookIT {

    @LocalServerPort
    int port;

    @Autowired
    MessageBookService messageBook;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    RosterImportService roster;

    @Autowired
    SchoolYearRollout rollout;

    @Autowired
    IdentityService identity;

    private final LocalDate today = LocalDate.now();
    private final String year = SchoolYear.of(today).toString();

    @Test
    void theTeamWritesAndTheGuardiansWithCustodyRead() {
        NewEntry entry = MessageBookRulesTest.entry(
                List.of(
                        MessageBookRulesTest.goal(SubjectArea.DANSK, "Læser højt for klassen"),
                        MessageBookRulesTest.goal(SubjectArea.SOCIALT, "Inviterer en ny makker med i leg")),
                true,
                today);
        Http.Answer written = Http.as(port, "laerer").postJson("/api/message-book?school=demo&student=e5a02", entry);
        assertThat(written.status()).as(written.body()).isEqualTo(201);
        assertThat(written.json().get("createdBy").asText()).isEqualTo("laerer");

        JsonNode read = Http.as(port, "foraelder2")
                .get("/api/message-book?school=demo&student=e5a02&year=" + year)
                .json();
        assertThat(read).extracting(e -> e.get("strengths").asText()).contains("Nysgerrig og hjælpsom over for andre");
        assertThat(Http.as(port, "leder")
                        .get("/api/message-book?school=demo&student=e5a02")
                        .status())
                .isEqualTo(200);

        assertThat(Http.as(port, "foraelder1")
                        .get("/api/message-book?school=demo&student=e5a02")
                        .status())
                .isEqualTo(404);
        assertThat(Http.as(port, "foraelder2")
                        .get("/api/message-book?school=demo&student=e5a06")
                        .status())
                .as("listed without custody")
                .isEqualTo(404);
        assertThat(Http.as(port, "paedagog")
                        .get("/api/message-book?school=demo&student=e5a02")
                        .status())
                .isEqualTo(404);
        assertThat(Http.as(port, "demo")
                        .get("/api/message-book?school=demo&student=e5a02")
                        .status())
                .isEqualTo(404);
        assertThat(Http.as(port, "foraelder2")
                        .postJson("/api/message-book?school=demo&student=e5a02", entry)
                        .status())
                .as("guardians read, never write: refused by the rule list")
                .isEqualTo(404);
        assertThat(Http.anonymous(port)
                        .get("/api/message-book?school=demo&student=e5a02")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void badEntriesAreRefusedWithTheFieldsNamedAndNothingStored() {
        int before = messageBook.entries("demo", "e5a07", SchoolYear.of(today)).size();
        NewEntry bad = MessageBookRulesTest.entry(
                List.of(MessageBookRulesTest.goal(SubjectArea.SPROG, "Rim og remser")), true, today);
        Http.Answer answer = Http.as(port, "laerer").postJson("/api/message-book?school=demo&student=e5a07", bad);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("problems"))
                .extracting(
                        p -> p.get("field").asText() + ": " + p.get("message").asText())
                .containsExactly("goals[0].area: 'Sprog' hører ikke til 5. klasse");
        assertThat(messageBook.entries("demo", "e5a07", SchoolYear.of(today))).hasSize(before);
    }

    @Test
    void completenessListsTheMissingAreasUntilTheYearIsComplete() {
        Http laerer = Http.as(port, "laerer");
        JsonNode start = laerer.get("/api/message-book/completeness?school=demo&student=e5a08")
                .json();
        assertThat(start.get("missingAreas"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("DANSK", "MATEMATIK", "SOCIALT");
        assertThat(start.get("complete").asBoolean()).isFalse();

        laerer.postJson(
                "/api/message-book?school=demo&student=e5a08",
                MessageBookRulesTest.entry(
                        List.of(MessageBookRulesTest.goal(SubjectArea.DANSK, "Skriver sammenhængende tekster")),
                        true,
                        today));
        NewEntry second = MessageBookRulesTest.entry(
                List.of(
                        MessageBookRulesTest.goal(SubjectArea.MATEMATIK, "Brøker"),
                        MessageBookRulesTest.goal(SubjectArea.SOCIALT, "Hjælper en klassekammerat")),
                true,
                today);
        NewEntry sameDay = second;
        second = new NewEntry(
                second.date(),
                second.source(),
                second.strengths(),
                second.goals(),
                second.agreements(),
                second.evaluation(),
                true,
                today.minusDays(1));
        // the same conversation written twice counts once
        laerer.postJson("/api/message-book?school=demo&student=e5a08", sameDay);
        assertThat(laerer.get("/api/message-book/completeness?school=demo&student=e5a08")
                        .json()
                        .get("timesParentsInformed")
                        .asInt())
                .isEqualTo(1);
        laerer.postJson("/api/message-book?school=demo&student=e5a08", second);
        JsonNode done = laerer.get("/api/message-book/completeness?school=demo&student=e5a08")
                .json();
        assertThat(done.get("missingAreas")).isEmpty();
        assertThat(done.get("timesParentsInformed").asInt()).isEqualTo(2);
        assertThat(done.get("complete").asBoolean()).isTrue();

        JsonNode grade0 = Http.as(port, "paedagog")
                .get("/api/message-book/completeness?school=demo&student=e0a07")
                .json();
        assertThat(grade0.get("missingAreaNames"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("Sprog", "Tidlig matematisk opmærksomhed", "Sociale mål");
        assertThat(Http.as(port, "foraelder1")
                        .get("/api/message-book/completeness?school=demo&student=e5a01")
                        .status())
                .as("staff only, by the rule list")
                .isEqualTo(404);
    }

    @Test
    void theGuardiansGetTheYearAsOnePdf() {
        NewEntry e = MessageBookRulesTest.entry(
                List.of(MessageBookRulesTest.goal(SubjectArea.MATEMATIK, "Gangetabellerne op til 10")), true, today);
        Http.as(port, "laerer")
                .postJson(
                        "/api/message-book?school=demo&student=e5a01",
                        new NewEntry(
                                e.date(),
                                e.source(),
                                e.strengths(),
                                e.goals(),
                                e.agreements(),
                                e.evaluation(),
                                e.parentsInformed(),
                                e.parentsInformedOn(),
                                "Brøker i hverdagen",
                                "Eleven (elev), Klasseteamet (klasseteam)"));
        assertThat(Http.family(port, "foraelder1").get("/foraeldre").body())
                .as("the next focus point agreed and who was there are on Mit barn")
                .contains(
                        "Næste fokuspunkt", "Brøker i hverdagen", "Deltog", "Eleven (elev), Klasseteamet (klasseteam)");
        Http.Answer pdf = Http.as(port, "foraelder1").get("/api/message-book/pdf?school=demo&student=e5a01");
        assertThat(pdf.status()).isEqualTo(200);
        byte[] bytes = pdf.body().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(Http.as(port, "foraelder1").getBytes("/api/message-book/pdf?school=demo&student=e5a01"))
                .satisfies(b -> {
                    String text = PdfReading.text(b);
                    assertThat(text)
                            .contains(
                                    "Meddelelsesbog – skoleåret " + year,
                                    "Gangetabellerne op til 10",
                                    "Matematik",
                                    "Næste fokuspunkt",
                                    "Brøker i hverdagen",
                                    "Deltog",
                                    "Eleven (elev), Klasseteamet (klasseteam)",
                                    "Forældrene er orienteret om elevens udbytte",
                                    "Status for skoleåret");
                    PdfReading.assertPdfA2b(b);
                });
        assertThat(bytes).isNotEmpty();
        assertThat(Http.as(port, "foraelder2")
                        .get("/api/message-book/pdf?school=demo&student=e5a01")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aProcessStepWritesTheEntryForItsStudent() throws Exception {
        repository
                .createDeployment()
                .name("test-message-book-step")
                .addClasspathResource("bpmn/message-book-step.bpmn")
                .deploy();
        String json = WriteMessageBookEntryDelegate.JSON.writeValueAsString(MessageBookRulesTest.entry(
                List.of(MessageBookRulesTest.goal(SubjectArea.SOCIALT, "Siger til, når noget er svært")), true, today));
        var pi = runtime.startProcessInstanceByKey(
                "message-book-step", year + ":demo:5.A:e5a09", Map.of("schoolId", "demo", "messageBookEntry", json));
        // the application's job executor runs the async step
        await().atMost(Duration.ofSeconds(30))
                .until(() -> runtime.createProcessInstanceQuery()
                                .processInstanceId(pi.getId())
                                .count()
                        == 0);
        List<MessageBookEntry> entries = messageBook.entries("demo", "e5a09", SchoolYear.of(today));
        assertThat(entries)
                .filteredOn(e -> pi.getId().equals(e.processInstanceId()))
                .singleElement()
                .satisfies(e -> assertThat(e.createdBy()).isEqualTo("laerer"));
    }

    @Test
    void theParentPageShowsOnlyMyChildren() {
        TestSchools.ensureAnden(roster, rollout, identity);
        Http.Answer page = Http.as(port, "foraelder2").get("/foraeldre");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html lang=\"da\"", "Mit barn", "Zofia Bøgh, 5.A", "Meddelelsesbog")
                .doesNotContain("Hamza Kjær");
        assertThat(Http.as(port, "anden-foraelder").get("/foraeldre").body())
                .contains("Ole Ølgaard, 3.B")
                .doesNotContain("Zofia Bøgh");
        Http.Answer anonymous = Http.anonymous(port).get("/foraeldre");
        assertThat(anonymous.status()).isEqualTo(302);
    }
}
