package dk.skolehjem.parentmeeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.skolehjem.Checklists;
import dk.skolehjem.ProcessSteps;
import dk.skolehjem.ProcessTest;
import dk.skolehjem.TestPolicies;
import dk.skolehjem.minutes.DocumentKind;
import dk.skolehjem.minutes.InMemoryDocumentStore;
import dk.skolehjem.minutes.StoredDocument;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path of the parent meeting (R2, R3, R4) on an in-memory engine with the engine clock moved, never slept. */
@ProcessTest
@Deployment(
        resources = {
            "processes/parent-meeting.bpmn",
            "forms/parent-meeting-wishes.form",
            "forms/parent-meeting-plan.form",
            "forms/parent-meeting-approval.form",
            "forms/parent-meeting-minutes.form",
            "forms/parent-meeting-follow-up.form"
        })
class ParentMeetingProcessTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    private final ProcessEngine engine;
    private final InMemoryDocumentStore store;
    private final ProcessSteps steps;

    ParentMeetingProcessTest(ProcessEngine engine, InMemoryDocumentStore store, ProcessSteps steps) {
        this.engine = engine;
        this.store = store;
        this.steps = steps;
    }

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        setNow(LocalDateTime.of(2026, 8, 10, 9, 0));
    }

    @Test
    void theCouncilWishesThePlanIsApprovedInvitedHeldAndMinuted() {
        ProcessInstance pi = start("distriktsskole-smorum");
        execute(job("write-agenda-request", pi));
        assertThat(notified()).containsExactly("COUNCIL:NEW_TASK");
        assertThat(pi).isWaitingAt("sendWishes");
        assertThat(task(pi)).hasCandidateGroup("council-demo-5a").hasDueDate(endOfDay(2026, 8, 17));
        assertThat(task(pi).getFollowUpDate()).isEqualTo(endOfDay(2026, 8, 15));

        complete(
                task(pi), withVariables("councilWishes", "Fødselsdagsaftaler\nAlkoholpolitik", "councilQuestions", ""));
        assertThat(pi).isWaitingAt("planMeeting");
        assertThat(task(pi)).hasCandidateGroup("team-demo-5a").hasDueDate(endOfDay(2026, 10, 31));
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "fixedAgenda"))
                .as("the fixed points, read-only on the team's form")
                .contains(
                        "1. Årets plan\n   Skole-hjem-samtaler uge 45-47; projektarbejde uge 12",
                        "2. Aftaler om kommunikationen mellem skole og hjem",
                        "   - Den primære kontakt mellem skole og hjem går via Aula");
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "agenda"))
                .as("the team's own points start from the council's wishes")
                .isEqualTo("Klasseforældrerådets ønsker: Fødselsdagsaftaler; Alkoholpolitik\nEventuelt");

        complete(task(pi), plan("2026-09-24", null));
        assertThat(pi).isWaitingAt("approveMeeting");
        assertThat(task(pi)).hasCandidateGroup("council-demo-5a");
        complete(task(pi), withVariables("approved", true));

        execute(job("write-invitation", pi));
        assertThat(notified()).containsExactly("COUNCIL:NEW_TASK", "GUARDIANS_OF_CLASS:INVITATION");
        assertThat(pi).isWaitingAt("wait-meeting");
        assertThat(job(pi))
                .hasDueDate(Date.from(
                        LocalDateTime.of(2026, 9, 24, 19, 0).atZone(CPH).toInstant()));
        FileValue invitation = engine.getRuntimeService().getVariableTyped(pi.getId(), "invitationPdf");
        assertThat(invitation.getMimeType()).isEqualTo("application/pdf");
        assertThat(invitation.getFilename()).isEqualTo("indkaldelse-foraeldremoede-5A-2026-09-24.pdf");

        setNow(LocalDateTime.of(2026, 9, 24, 19, 0));
        execute(job(pi));
        assertThat(task(pi))
                .hasDefinitionKey("recordMinutes")
                .hasCandidateGroup("team-demo-5a")
                .hasDueDate(endOfDay(2026, 9, 27));
        String minutesTask = task(pi).getId();
        assertThatThrownBy(() -> engine.getTaskService()
                        .complete(minutesTask, Map.of("present", Checklists.ticked(), "decisions", "Ingen")))
                .as("who was there is ticked among those invited")
                .hasMessageContaining("Feltet 'Hvem deltog' skal udfyldes.");
        complete(
                task(pi),
                withVariables(
                        "present",
                        Checklists.ticked("guardian:mor1", "guardian:mor2", "team"),
                        "decisions",
                        "Julehygge i december",
                        "agreements",
                        "Kontaktforældrene: arrangerer julehygge"));
        execute(job("write-minutes", pi));
        assertThat(pi)
                .isEnded()
                .hasPassed("sendWishes", "approveMeeting", "end-parent-meeting")
                .hasNotPassed("followUpPlanning");
        assertThat(notified()).endsWith("GUARDIANS_OF_CLASS:MINUTES_READY");
        assertThat(store.documents.values())
                .extracting(StoredDocument::kind)
                .containsExactly(DocumentKind.AGENDA_REQUEST, DocumentKind.INVITATION, DocumentKind.MINUTES);
        assertThat(store.documents.values())
                .allSatisfy(d -> assertThat(d.schoolYear()).isEqualTo("2026-27"));
        StoredDocument minutes = store.documents.values().stream()
                .filter(d -> d.kind() == DocumentKind.MINUTES)
                .findFirst()
                .orElseThrow();
        assertThat(dk.skolehjem.minutes.PdfReading.text(store.content(minutes.id()))
                        .replaceAll("\\s+", " "))
                .as("those ticked among the invited, by name")
                .contains("Mor Et forælder Til stede", "Mor To forælder Til stede", "Klasseteamet klasseteam Til stede")
                .doesNotContain("Far To");
    }

    @Test
    void noAnswerFromTheCouncilByTheDeadline_theTeamPlansWithoutWishes() {
        ProcessInstance pi = start("distriktsskole-smorum");
        execute(job("write-agenda-request", pi));
        setNow(LocalDateTime.of(2026, 8, 18, 8, 0));
        execute(job("wishes-deadline", pi));
        assertThat(pi).isWaitingAt("planMeeting").hasPassed("wishes-deadline");
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "agenda"))
                .doesNotContain("Klasseforældrerådets ønsker");
    }

    @Test
    void theCouncilDoesNotApproveByTheDeadline_theTeamIsToldAndTheInvitationGoesOut() {
        ProcessInstance pi = start("distriktsskole-smorum");
        execute(job("write-agenda-request", pi));
        complete(task(pi), withVariables("councilWishes", "Trivsel"));
        complete(task(pi), plan("2026-09-24", null));
        assertThat(pi).isWaitingAt("approveMeeting");
        Date due = task(pi).getDueDate();
        assertThat(job("approval-silent", pi))
                .as("the approval has a deadline path")
                .hasDueDate(due);
        setNow(LocalDateTime.ofInstant(due.toInstant(), CPH).plusMinutes(1));
        execute(job("approval-silent", pi));
        assertThat(pi)
                .hasPassed("approval-silent", "notify-council-silent")
                .hasNotPassed("approved-gateway")
                .isWaitingAt("write-invitation");
        assertThat(notified()).endsWith("TEAM:REMINDER");
        execute(job("write-invitation", pi));
        assertThat(notified()).endsWith("TEAM:REMINDER", "GUARDIANS_OF_CLASS:INVITATION");
    }

    @Test
    void theCouncilAsksForAChange_theTeamPlansAgain() {
        ProcessInstance pi = start("distriktsskole-smorum");
        execute(job("write-agenda-request", pi));
        complete(task(pi), withVariables("councilWishes", "Trivsel"));
        complete(task(pi), plan("2026-09-24", null));
        assertThatThrownBy(() -> engine.getTaskService().complete(task(pi).getId(), Map.of("approved", false)))
                .hasMessageContaining("Hvad skal ændres?");
        complete(task(pi), withVariables("approved", false, "changeRequest", "Vi foreslår torsdag kl. 17 i stedet"));
        assertThat(pi).isWaitingAt("planMeeting");
        complete(task(pi), plan("2026-09-24", null));
        complete(task(pi), withVariables("approved", true));
        assertThat(pi).isWaitingAt("write-invitation");
    }

    @Test
    void notPlannedByThePolicysDate_leadershipFollowsUpAndTheTeamTaskStaysOpen() {
        ProcessInstance pi = start("distriktsskole-smorum");
        execute(job("write-agenda-request", pi));
        complete(task(pi), withVariables("councilWishes", ""));
        setNow(LocalDateTime.of(2026, 11, 1, 8, 0));
        execute(job("plan-overdue", pi));
        assertThat(pi).isWaitingAt("planMeeting", "followUpPlanning");
        var followUp = engine.getTaskService()
                .createTaskQuery()
                .taskDefinitionKey("followUpPlanning")
                .singleResult();
        assertThat(followUp).hasCandidateGroup("leadership-demo");
        complete(followUp, withVariables("followUpNote", "Mødet holdes 12. november; begrundelse skrives."));
        assertThat(engine.getRuntimeService().getVariables(pi.getId()))
                .as("leadership's note stays on its task, out of the council's sight")
                .doesNotContainKey("followUpNote");
        assertThat(engine.getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(pi.getId())
                        .variableName("followUpNote")
                        .singleResult()
                        .getValue())
                .isEqualTo("Mødet holdes 12. november; begrundelse skrives.");
        // Smørum's principle promises a meeting a year, not when: a November meeting needs no excuse
        complete(task("planMeeting", pi), plan("2026-11-12", null));
        assertThat(pi).isWaitingAt("approveMeeting");
        assertThat(task("approveMeeting", pi))
                .as("the council has three days")
                .hasDueDate(java.util.Date.from(
                        LocalDateTime.of(2026, 11, 4, 23, 59).atZone(CPH).toInstant()));

        complete(task("approveMeeting", pi), withVariables("approved", false, "changeRequest", "Hellere kl. 17"));
        assertThat(pi).isWaitingAt("planMeeting");
        execute(job("plan-overdue", pi));
        assertThat(pi)
                .as("leadership already follows up: no second task for a change after the deadline")
                .hasPassed("end-already-followed-up")
                .isWaitingAt("planMeeting");
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskDefinitionKey("followUpPlanning")
                        .count())
                .isZero();
    }

    @Test
    void aPrincipleThatPromisesTheFirstQuarter_asksWhyALaterMeetingInTheBoardsOwnWords() {
        ProcessInstance pi = start(TestPolicies.WHOLE_YEAR);
        execute(job("write-agenda-request", pi));
        complete(task(pi), withVariables("councilWishes", ""));
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "heldByPromise"))
                .as("the plan form shows the promise")
                .asString()
                .contains("mindst afholdes ét forældremøde i skoleårets første kvartal");
        assertThatThrownBy(() ->
                        engine.getTaskService().complete(task("planMeeting", pi).getId(), plan("2026-11-12", null)))
                .hasMessageContaining("Mødet ligger efter 31. oktober 2026")
                .hasMessageContaining("princippet: \"Forældremøder afholdes i passende omfang - dog således, at der"
                        + " mindst afholdes ét forældremøde i skoleårets første kvartal.\"");
        complete(task("planMeeting", pi), plan("2026-11-12", "Lejrskole i oktober"));
        assertThat(pi).isNotWaitingAt("planMeeting");
    }

    @Test
    void theSchoolsSecondMeetingOfTheYear_isPlannedSixWeeksBeforeItsOwnDate() {
        ProcessInstance pi = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "parent-meeting",
                        "2026-27:demo:5.A",
                        Map.of(
                                "schoolId",
                                "demo",
                                "schoolName",
                                "Demoskolen",
                                "classCode",
                                "5.A",
                                "schoolYear",
                                "2026-27",
                                "policyId",
                                TestPolicies.WHOLE_YEAR,
                                "meetingNumber",
                                2));
        assertThat(pi).isWaitingAt("wait-planning");
        assertThat(job("wait-planning", pi))
                .hasDueDate(java.util.Date.from(
                        LocalDateTime.of(2027, 3, 19, 8, 0).atZone(CPH).toInstant()));
        setNow(LocalDateTime.of(2027, 3, 19, 8, 0));
        execute(job("wait-planning", pi));
        execute(job("write-agenda-request", pi));
        assertThat(pi).isWaitingAt("sendWishes");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "planDue"))
                .as("the second meeting's own date: 30 April")
                .isEqualTo(java.util.Date.from(
                        LocalDateTime.of(2027, 4, 30, 23, 59).atZone(CPH).toInstant()));
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "heldByPromise"))
                .as("the board's first-quarter words are about the first meeting only")
                .isEqualTo("");
    }

    @Test
    void theYearPlanCommunicationAgreementsAndThePrinciplesThemesCannotBeRemovedFromTheAgenda() throws Exception {
        ProcessInstance pi = start("himmelev-skole");
        execute(job("write-agenda-request", pi));
        complete(task(pi), withVariables("councilWishes", ""));
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "fixedAgenda"))
                .contains("Årets plan", "Aftaler om kommunikationen", "Skolens forventninger", "Klassens trivsel");
        Map<String, Object> ownOnly = plan("2026-09-24", null);
        ownOnly.put("agenda", "Lejrskole\n2. Årets plan");
        ownOnly.put("fixedAgenda", "");
        complete(task("planMeeting", pi), ownOnly);
        execute(job("write-invitation", pi));
        FileValue invitation = engine.getRuntimeService().getVariableTyped(pi.getId(), "invitationPdf");
        String text = dk.skolehjem.minutes.PdfReading.text(invitation.getValue().readAllBytes())
                .replaceAll("\\s+", " ");
        assertThat(text)
                .as("the fixed points are in the invitation although the team's agenda left them out")
                .contains(
                        "Årets plan",
                        "Skole-hjem-samtaler uge 45-47",
                        "Aftaler om kommunikationen mellem skole og hjem og forældrene imellem",
                        "Skriftlig dialog foregår i Aula",
                        "Skolens forventninger",
                        "Klassens trivsel",
                        "Lejrskole");
        assertThat(text.indexOf("Klassens trivsel")).as("fixed points first").isLessThan(text.indexOf("Lejrskole"));
        assertThat(text.split("Årets plan", -1))
                .as("the team's repeat of a fixed point is not listed twice")
                .hasSize(2);
    }

    @Test
    void aPrincipleWithoutCouncilStepsGoesStraightToPlanningAndInvitation() {
        ProcessInstance pi = start(TestPolicies.WITHOUT_COUNCIL);
        assertThat(pi).isWaitingAt("planMeeting").hasNotPassed("write-agenda-request");
        complete(task(pi), plan("2026-09-24", null));
        assertThat(pi).isWaitingAt("write-invitation").hasNotPassed("approveMeeting");
    }

    @Test
    void aPlanInThePastOrWithoutAPlaceIsRefusedWithTheReason() {
        ProcessInstance pi = start(TestPolicies.WITHOUT_COUNCIL);
        var planTask = task(pi);
        assertThatThrownBy(() -> engine.getTaskService().complete(planTask.getId(), plan("2026-08-01", null)))
                .hasMessageContaining("Mødedatoen er overskredet");
        Map<String, Object> noPlace = plan("2026-09-24", null);
        noPlace.put("place", " ");
        assertThatThrownBy(() -> engine.getTaskService().complete(planTask.getId(), noPlace))
                .hasMessageContaining("Feltet 'Sted' skal udfyldes.");
        Map<String, Object> tooLong = plan("2026-09-24", null);
        tooLong.put("meetingLength", 600L);
        assertThatThrownBy(() -> engine.getTaskService().complete(planTask.getId(), tooLong))
                .hasMessageContaining("Varighed (minutter)' skal være mellem 30 og 240");
        assertThat(pi).isWaitingAt("planMeeting");
    }

    /** The notify steps the process passed, as audience:kind. */
    private List<String> notified() {
        return steps.of(ProcessSteps.NOTIFY).stream()
                .map(s -> s.local("notifyAudience") + ":" + s.local("notificationKind"))
                .toList();
    }

    private ProcessInstance start(String policy) {
        return engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "parent-meeting",
                        "2026-27:demo:5.A",
                        Map.of(
                                "schoolId",
                                "demo",
                                "schoolName",
                                "Demoskolen",
                                "classCode",
                                "5.A",
                                "schoolYear",
                                "2026-27",
                                "policyId",
                                policy,
                                "conferencePlan",
                                "uge 45-47",
                                "projectWork",
                                "uge 12"));
    }

    private static Map<String, Object> plan(String date, String reason) {
        Map<String, Object> plan = new java.util.HashMap<>(Map.of(
                "meetingDate",
                date,
                "meetingTime",
                "19:00",
                "meetingLength",
                120L,
                "place",
                "Klasselokalet",
                "agenda",
                "1. Velkommen\n2. Årets plan\n3. Kommunikation"));
        if (reason != null) {
            plan.put("reasonOutsideFirstQuarter", reason);
        }
        return plan;
    }

    private static void setNow(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(CPH).toInstant()));
    }

    private static Date endOfDay(int y, int m, int d) {
        return Date.from(LocalDate.of(y, m, d).atTime(23, 59).atZone(CPH).toInstant());
    }
}
