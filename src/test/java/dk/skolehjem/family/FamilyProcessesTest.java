package dk.skolehjem.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.skolehjem.ProcessSteps;
import dk.skolehjem.ProcessTest;
import dk.skolehjem.engine.FamilyRequest;
import dk.skolehjem.roster.ClassYearKey;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The processes guardians start themselves: a big change in the family (R15) and a visit to the class (R16). */
@ProcessTest
@Deployment(
        resources = {
            "processes/life-event.bpmn",
            "processes/class-visit.bpmn",
            "forms/life-event-start.form",
            "forms/class-visit-start.form",
            "forms/choose-child.form",
            "forms/life-event-answer.form",
            "forms/life-event-follow-up.form",
            "forms/class-visit-answer.form",
            "forms/class-visit-accept.form"
        })
class FamilyProcessesTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final ClassYearKey LOUISE = ClassYearKey.parse("2026-27:demo:5.A:e1");

    private final ProcessEngine engine;
    private final ProcessStarts starts;
    private final ProcessSteps steps;
    private final ClassVisitModule visits;
    private final LifeEventModule lifeEvents;

    FamilyProcessesTest(
            ProcessEngine engine,
            ProcessStarts starts,
            ProcessSteps steps,
            ClassVisitModule visits,
            LifeEventModule lifeEvents) {
        this.visits = visits;
        this.lifeEvents = lifeEvents;
        this.engine = engine;
        this.starts = starts;
        this.steps = steps;
    }

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(
                Date.from(LocalDateTime.of(2026, 11, 2, 9, 0).atZone(CPH).toInstant()));
    }

    @AfterEach
    void tearDown() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void aGuardianTellsAboutABigChange_theTeamAnswersWithinTwoSchoolDays() {
        ProcessInstance pi =
                startAs("mor1", "life-event", Map.of("changeKind", "sygdom", "description", "Mormor er alvorligt syg"));
        assertThat(pi.getBusinessKey())
                .as("the child is found from who started it")
                .isEqualTo("2026-27:demo:5.A:e1");
        var answer = task("answerLifeEvent", pi);
        assertThat(answer).hasCandidateGroup("team-demo-5a").hasDueDate(endOfDay(2026, 11, 4));
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "sensitive"))
                .isEqualTo(true);
        complete(answer, withVariables("response", "Tak fordi I fortæller os det. Vi ringer i morgen."));
        assertThat(pi).isEnded().hasNotPassed("followUpLifeEvent");
        assertThat(notified()).containsExactly("NEW_TASK");
    }

    @Test
    void noAnswerWithinTwoSchoolDays_leadershipFollowsUp() {
        ProcessInstance pi = startAs(
                "mor1", "life-event", Map.of("changeKind", "skilsmisse", "description", "Vi er gået fra hinanden"));
        ClockUtil.setCurrentTime(
                Date.from(LocalDateTime.of(2026, 11, 5, 8, 0).atZone(CPH).toInstant()));
        execute(job("answer-late", pi));
        assertThat(task("followUpLifeEvent", pi)).hasCandidateGroup("leadership-demo");
        assertThat(pi).isWaitingAt("answerLifeEvent", "followUpLifeEvent");
    }

    @Test
    void whatTheGuardianWritesIsCheckedBeforeAnythingHappens() {
        assertThatThrownBy(() -> startAs("mor1", "life-event", Map.of("changeKind", "flytning", "description", "x")))
                .hasMessageContaining("Vælg en af ændringerne");
        assertThatThrownBy(() -> startAs("mor1", "class-visit", Map.of("wishedDate", "2026-11-10")))
                .hasMessageContaining("Hvad vil I gerne se?");
    }

    @Test
    void aGuardianWithTwoChildrenChoosesOneOfTheirOwn_theTeamProposesAnotherDay() {
        ProcessInstance pi =
                startAs("far2", "class-visit", Map.of("wishedDate", "2026-11-10", "purpose", "Se morgensamling"));
        var choose = task("chooseChild", pi);
        assertThat(engine.getTaskService().getIdentityLinksForTask(choose.getId()))
                .extracting(IdentityLink::getUserId)
                .containsExactly("far2");
        SpinJsonNode options = (SpinJsonNode) engine.getRuntimeService().getVariable(pi.getId(), "children");
        assertThat(options.elements())
                .extracting(o -> o.prop("value").stringValue())
                .containsExactlyInAnyOrder("e2", "e3");
        assertThatThrownBy(() -> engine.getTaskService().complete(choose.getId(), Map.of("child", "e1")))
                .hasMessageContaining("Vælg et af børnene i listen");
        complete(choose, withVariables("child", "e3"));
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(pi.getId())
                        .singleResult()
                        .getBusinessKey())
                .isEqualTo("2026-27:demo:0.A:e3");
        assertThat(task("answerVisit", pi)).hasCandidateGroup("team-demo-0a");
        complete(task("answerVisit", pi), withVariables("decision", "propose", "visitDate", "2026-11-12"));
        complete(task("acceptVisitDate", pi), withVariables("dateAccepted", true));
        assertThat(pi).isEnded().hasPassed("end-agreed");
        assertThat(notified()).containsExactly("BOOKING_CONFIRMED");
        assertThat(bodies()).containsExactly("Besøget i 0.A er aftalt til torsdag den 12. november 2026. Velkommen!");
    }

    @Test
    void theTeamCanDeclineWithAReason_andTheFamilyCanSayTheDayDoesNotSuit() {
        ProcessInstance declined =
                startAs("mor1", "class-visit", Map.of("wishedDate", "2026-11-10", "purpose", "Idræt"));
        assertThatThrownBy(() -> engine.getTaskService()
                        .complete(task("answerVisit", declined).getId(), Map.of("decision", "decline")))
                .hasMessageContaining("Begrundelse");
        complete(
                task("answerVisit", declined),
                withVariables("decision", "decline", "reason", "Klassen er på lejrskole"));
        assertThat(declined).isEnded().hasPassed("end-declined");
        assertThat(bodies())
                .as("the family is told why")
                .containsExactly(
                        "Klasseteamet kan desværre ikke tage imod besøget. Begrundelse: Klassen er på lejrskole");

        ProcessInstance notSuiting =
                startAs("mor1", "class-visit", Map.of("wishedDate", "2026-11-10", "purpose", "Idræt"));
        complete(task("answerVisit", notSuiting), withVariables("decision", "propose", "visitDate", "2026-11-20"));
        complete(task("acceptVisitDate", notSuiting), withVariables("dateAccepted", false));
        assertThat(notSuiting).isEnded().hasPassed("end-family-declined");
    }

    @Test
    void aProposedDayTheFamilyNeverAnswers_theTeamIsTold_andTheFamilyCanStillAnswer() {
        ProcessInstance visit = startAs("mor1", "class-visit", Map.of("wishedDate", "2026-11-10", "purpose", "Idræt"));
        complete(task("answerVisit", visit), withVariables("decision", "propose", "visitDate", "2026-11-20"));
        var silence = org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job("visit-silent", visit);
        assertThat(silence).as("the family's deadline and as long again").isNotNull();
        steps.clear();
        ClockUtil.setCurrentTime(silence.getDuedate());
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute(silence);
        assertThat(visit).hasPassed("notify-visit-silent").isWaitingAt("acceptVisitDate");
        assertThat(steps.of(ProcessSteps.NOTIFY))
                .extracting(s -> s.local("notifyAudience") + ":" + s.local("notificationKind"))
                .containsExactly("TEAM:REMINDER");
        complete(task("acceptVisitDate", visit), withVariables("dateAccepted", true));
        assertThat(visit).isEnded().hasPassed("end-agreed");
    }

    @Test
    void aDeclinedVisitShowsTheTeamsReason_andALifeEventItsAnswer() {
        ProcessInstance visit = startAs("mor1", "class-visit", Map.of("wishedDate", "2026-11-10", "purpose", "Idræt"));
        assertThat(visits.requestsBy("mor1", LOUISE))
                .extracting(FamilyRequest::status)
                .containsExactly("Venter på svar fra klasseteamet");
        complete(task("answerVisit", visit), withVariables("decision", "decline", "reason", "Klassen er på lejrskole"));
        assertThat(visits.requestsBy("mor1", LOUISE))
                .extracting(FamilyRequest::what, FamilyRequest::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Besøg i klassen", "Afvist: Klassen er på lejrskole"));

        ProcessInstance change =
                startAs("mor1", "life-event", Map.of("changeKind", "sygdom", "description", "Mormor er syg"));
        assertThat(lifeEvents.requestsBy("mor1", LOUISE))
                .extracting(FamilyRequest::status)
                .containsExactly("Venter på svar fra klasseteamet");
        complete(task("answerLifeEvent", change), withVariables("response", "Tak, vi ringer i morgen."));
        assertThat(lifeEvents.requestsBy("mor1", LOUISE))
                .extracting(FamilyRequest::status)
                .containsExactly("Klasseteamet har svaret jer");
    }

    @Test
    void staffCannotSpeakForAFamily() {
        assertThatThrownBy(() -> startAs("laerer5a", "life-event", Map.of("changeKind", "andet", "description", "x")))
                .hasMessageContaining("forældremyndighed");
    }

    @Test
    void aGuardianCannotStartInSomebodyElsesName() {
        Map<String, Object> form = Map.of("changeKind", "andet", "description", "Vi flytter", "requestedBy", "mor1");
        engine.getIdentityService().setAuthentication("mor2", List.of(), List.of("demo"));
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("life-event", form))
                .as("not by the engine's API")
                .hasMessageContaining("kun Skole-hjem selv");
        engine.getIdentityService().clearAuthentication();
        String id = starts.start(
                "mor2", "life-event", starts.student("mor2", "life-event", "e2").orElseThrow(), form);
        ProcessInstance pi = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(id)
                .singleResult();
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "requestedBy"))
                .isEqualTo("mor2");
        assertThat(pi.getBusinessKey()).endsWith(":e2");
    }

    /**
     * The system starts the process on the person's behalf ({@code requestedBy}), as the product's one start door does
     * (ProcessStarts), here without naming the child: the process finds it from who asked.
     */
    private ProcessInstance startAs(String person, String process, Map<String, Object> form) {
        Map<String, Object> variables = new HashMap<>(form);
        variables.put("requestedBy", person);
        variables.put("schoolId", "demo");
        return engine.getRuntimeService().startProcessInstanceByKey(process, variables);
    }

    /** The notify steps' kinds. */
    private List<String> notified() {
        return steps.of(ProcessSteps.NOTIFY).stream()
                .map(s -> s.local("notificationKind") + "")
                .toList();
    }

    /** The notify steps' texts. */
    private List<String> bodies() {
        return steps.of(ProcessSteps.NOTIFY).stream()
                .map(s -> s.local("notificationBody") + "")
                .toList();
    }

    private static Date endOfDay(int y, int m, int d) {
        return Date.from(LocalDateTime.of(y, m, d, 23, 59).atZone(CPH).toInstant());
    }
}
