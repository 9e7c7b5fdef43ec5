package dk.skolehjem.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.skolehjem.Checklists;
import dk.skolehjem.ProcessSteps;
import dk.skolehjem.ProcessTest;
import dk.skolehjem.engine.FamilyRequest;
import dk.skolehjem.engine.FormDefinition;
import dk.skolehjem.engine.FormField;
import dk.skolehjem.minutes.InMemoryDocumentStore;
import dk.skolehjem.minutes.PdfReading;
import dk.skolehjem.roster.ClassYearKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Anmod om samtale" (R13) with the real needs-based talk behind it: who may ask, for which child, and that the
 * request goes straight to finding a time and ends in minutes that carry what was asked for; and what the family
 * sees of it on "Mit barn" at each step.
 */
@ProcessTest
@Deployment(
        resources = {
            "processes/talk-request.bpmn",
            "forms/talk-request-start.form",
            "forms/choose-child.form",
            "processes/needs-talk.bpmn",
            "forms/needs-talk-answer.form",
            "forms/needs-talk-team.form",
            "forms/needs-talk-propose.form",
            "forms/needs-talk-accept.form",
            "forms/needs-talk-record.form"
        })
class TalkRequestProcessTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final ClassYearKey LOUISE = ClassYearKey.parse("2026-27:demo:5.A:e1");

    /** A person logs in as the webapps authenticate them: here in no group the task needs, with their school as tenant. */
    private static final List<String> NO_GROUPS = List.of();

    private static final List<String> SCHOOLS = List.of("demo");

    private final ProcessEngine engine;
    private final InMemoryDocumentStore documents;
    private final ProcessSteps steps;
    private final TalkRequestModule talks;

    TalkRequestProcessTest(
            ProcessEngine engine, InMemoryDocumentStore documents, ProcessSteps steps, TalkRequestModule talks) {
        this.talks = talks;
        this.engine = engine;
        this.documents = documents;
        this.steps = steps;
    }

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        setNow(LocalDateTime.of(2026, 11, 2, 9, 0));
    }

    @AfterEach
    void tearDown() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void aGuardianAsksForATalk_theTeamFindsATimeAndTheMinutesCarryTheRequest() throws IOException {
        assertThatThrownBy(() -> startAs("mor1", Map.of())).hasMessageContaining("Hvad vil I gerne tale om?");
        ProcessInstance request = startAs("mor1", Map.of("requestAbout", "Drillerier i frikvarteret"));
        assertThat(request).isWaitingAt("call-needs-talk");
        ProcessInstance talk = calledProcessInstance("needs-talk", request);
        assertThat(talk.getBusinessKey()).isEqualTo("2026-27:demo:5.A:e1");
        assertThat(engine.getRuntimeService().getVariables(talk.getId()))
                .containsEntry("offered", false)
                .containsEntry("requestedBy", "mor1")
                .containsEntry("requestAbout", "Drillerier i frikvarteret")
                .containsEntry("policyId", "distriktsskole-smorum")
                .containsEntry("schoolName", "Demoskolen");

        assertThat(talk)
                .as("asked for, so no offer round first")
                .isWaitingAt("proposeTime")
                .hasNotPassed("guardiansAnswer");
        assertThat(task(talk)).hasCandidateGroup("team-demo-5a");
        assertThat(engine.getFormService().getTaskFormVariables(task(talk).getId()))
                .as("the family's own words reach the team's form")
                .containsEntry("requestAbout", "Drillerier i frikvarteret");
        try (var form = Files.newInputStream(Path.of("forms/needs-talk-propose.form"))) {
            FormField shown = FormDefinition.parse(form).field("requestAbout");
            assertThat(shown.readonly())
                    .as("shown for reading, never sent back")
                    .isTrue();
            assertThat(shown.label()).isEqualTo("Det handler anmodningen om");
        }
        complete(task(talk), withVariables("talkDate", "2026-11-05", "talkTime", "15:00", "talkPlace", "Mødelokale 1"));
        assertThat(task("acceptTime", talk)).hasCandidateUser("mor1");
        complete(task("acceptTime", talk), withVariables("timeAccepted", true));
        setNow(LocalDateTime.of(2026, 11, 5, 15, 0));
        execute(job(talk));
        complete(
                task("recordTalk", talk),
                withVariables(
                        "summary",
                        "Vi talte om drillerierne",
                        "agreements",
                        "Klasseteamet: holder øje i frikvartererne",
                        "nextFocus",
                        "Frikvartererne",
                        "present",
                        Checklists.ticked("student", "team")));
        execute(job("write-message-book", talk));
        execute(job("write-minutes", talk));
        assertThat(talk).isEnded();
        assertThat(request).isEnded().hasPassed("call-needs-talk");
        assertThat(messageBook()).singleElement().asString().contains("NEEDS_TALK");
        var minutes = documents.documents.values().iterator().next();
        assertThat(PdfReading.text(documents.content(minutes.id())))
                .contains("Anmodning", "Drillerier i frikvarteret", "Vi talte om drillerierne");
    }

    @Test
    void aTalkRequestWaitsForTheTeam_thenShowsTheProposedAndTheAgreedTime() {
        assertThat(talks.requestsBy("mor1", LOUISE)).isEmpty();
        ProcessInstance request = startAs("mor1", Map.of("requestAbout", "Drillerier"));
        assertThat(talks.requestsBy("mor1", LOUISE))
                .containsExactly(new FamilyRequest(
                        "Anmodning om samtale", LocalDate.of(2026, 11, 2), "Venter på svar fra klasseteamet"));
        assertThat(talks.requestsBy("far1", LOUISE))
                .as("another person's requests")
                .isEmpty();
        assertThat(talks.requestsBy("mor1", ClassYearKey.parse("2026-27:demo:5.A:e2")))
                .as("another child")
                .isEmpty();

        ProcessInstance talk = calledProcessInstance("needs-talk", request);
        complete(
                task(talk), withVariables("talkDate", "2026-11-10", "talkTime", "15:00", "talkPlace", "Klasselokalet"));
        assertThat(status())
                .isEqualTo("Klasseteamet foreslår tirsdag den 10. november 2026 kl. 15.00, Klasselokalet. "
                        + "Svar under Opgaver til dig.");
        complete(task("acceptTime", talk), withVariables("timeAccepted", true));
        assertThat(status()).isEqualTo("Aftalt tirsdag den 10. november 2026 kl. 15.00, Klasselokalet");

        setNow(LocalDateTime.of(2026, 11, 10, 15, 0));
        execute(job(talk));
        assertThat(status()).startsWith("Holdt 10. november 2026");
        complete(
                task("recordTalk", talk),
                withVariables(
                        "summary",
                        "Vi talte sammen",
                        "agreements",
                        "Ingen",
                        "nextFocus",
                        "Trivsel",
                        "present",
                        Checklists.ticked("team")));
        execute(job("write-message-book", talk));
        execute(job("write-minutes", talk));
        assertThat(status()).isEqualTo("Afsluttet");
    }

    /** What mor1 sees of her latest request about Louise on "Mit barn". */
    private String status() {
        return talks.requestsBy("mor1", LOUISE).get(0).status();
    }

    @Test
    void aGuardianWithChildrenInTwoClassesChoosesOneOfTheirOwn() {
        ProcessInstance request = startAs("far2", Map.of("requestAbout", "Lektier"));
        assertThat(request).isWaitingAt("chooseChild");
        assertThat(task(request)).hasCandidateUser("far2");
        String id = task(request).getId();
        engine.getIdentityService().setAuthentication("far2", NO_GROUPS, SCHOOLS);
        assertThatThrownBy(() -> engine.getTaskService().complete(id, Map.of("child", "e1")))
                .as("mor1's child, not far2's")
                .hasMessageContaining("Vælg et af børnene i listen");
        engine.getTaskService().complete(id, Map.of("child", "e3"));
        engine.getIdentityService().clearAuthentication();
        assertThat(calledProcessInstance("needs-talk", request).getBusinessKey())
                .isEqualTo("2026-27:demo:0.A:e3");
    }

    @Test
    void aTeamMemberOrLeaderAsksAFamilyForATalk_choosingOnlyAmongTheirOwnStudents() {
        ProcessInstance pi = startAs("laerer5a", Map.of("requestAbout", "Fravær i matematik"));
        assertThat(pi).isWaitingAt("chooseChild");
        assertThat(task(pi)).hasName("Hvilken elev drejer det sig om?").hasCandidateUser("laerer5a");
        assertThat(engine.getRuntimeService()
                        .getVariable(pi.getId(), "children")
                        .toString())
                .contains("\"e1\"", "\"e2\"")
                .doesNotContain("\"e3\"");
        String id = task(pi).getId();
        engine.getIdentityService().setAuthentication("laerer5a", NO_GROUPS, SCHOOLS);
        assertThatThrownBy(() -> engine.getTaskService().complete(id, Map.of("child", "e3")))
                .hasMessageContaining("Vælg et af børnene i listen");
        engine.getTaskService().complete(id, Map.of("child", "e2"));
        engine.getIdentityService().clearAuthentication();
        ProcessInstance talk = calledProcessInstance("needs-talk", pi);
        assertThat(talk.getBusinessKey()).isEqualTo("2026-27:demo:5.A:e2");
        assertThat(engine.getRuntimeService().getVariables(talk.getId()))
                .containsEntry("requestedBy", "laerer5a")
                .containsEntry("offered", false);

        ProcessInstance byLeader = startAs("leder", Map.of("requestAbout", "Skoleskift"));
        assertThat(engine.getRuntimeService()
                        .getVariable(byLeader.getId(), "children")
                        .toString())
                .contains("\"e1\"", "\"e2\"", "\"e3\"");
    }

    @Test
    void nobodyOutsideTheFamilyAndTheSchoolsTeamsCanAsk() {
        assertThatThrownBy(() -> startAs("ppr1", Map.of("requestAbout", "x")))
                .hasMessageContaining("hverken registreret med forældremyndighed");
        assertThatThrownBy(() -> startAs("far1", Map.of("requestAbout", "x")))
                .as("no custody (L6)")
                .hasMessageContaining("forældremyndighed");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
                .isZero();
    }

    /**
     * The system starts the request on the person's behalf ({@code requestedBy}), as the product's one start door does
     * (ProcessStarts), here without naming the child: the process finds it from who asked.
     */
    private ProcessInstance startAs(String person, Map<String, Object> form) {
        Map<String, Object> variables = new HashMap<>(form);
        variables.put("requestedBy", person);
        variables.put("schoolId", "demo");
        return engine.getRuntimeService().startProcessInstanceByKey("talk-request", variables);
    }

    /** The message book entries the process handed on. */
    private List<Object> messageBook() {
        return steps.of(ProcessSteps.MESSAGE_BOOK).stream()
                .map(s -> s.variable("messageBookEntry"))
                .toList();
    }

    private static void setNow(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(CPH).toInstant()));
    }
}
