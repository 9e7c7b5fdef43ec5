package dk.skolehjem.schoolyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.skolehjem.ProcessTest;
import dk.skolehjem.TestPolicies;
import dk.skolehjem.minutes.InMemoryDocumentStore;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@ProcessTest
@Deployment(
        resources = {
            "processes/school-year.bpmn",
            "forms/year-plan.form",
            "forms/year-plan-follow-up.form",
            "bpmn/parent-meeting-stub.bpmn",
            "bpmn/conference-round-stub.bpmn",
            "bpmn/weekly-plan-stub.bpmn",
            "bpmn/needs-talk-stub.bpmn",
            "bpmn/learning-round-stub.bpmn"
        })
class SchoolYearProcessTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    private final ProcessEngine engine;
    private final InMemoryDocumentStore documents;

    SchoolYearProcessTest(ProcessEngine engine, InMemoryDocumentStore documents) {
        this.engine = engine;
        this.documents = documents;
    }

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        setToday(LocalDate.of(2026, 8, 10));
    }

    @Test
    void theYearCallsEachPartAtThePrinciplesDates_withStubbedParts() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("fillInYearPlan", "wait-conference-planning", "wait-needs-talk-offer");
        assertThat(task(pi))
                .hasCandidateGroup("team-demo-5a")
                .hasName("Udfyld klassens årsplan – 5.A")
                .hasDueDate(endOfDay(LocalDate.of(2026, 9, 1)));
        assertThat(pi)
                .variables()
                .containsEntry("conferencePlan", "Skole-hjem-samtaler mellem 15. september 2026 og 15. december 2026");
        assertThat(job("wait-conference-planning", pi))
                .hasDueDate(Date.from(
                        LocalDate.of(2026, 8, 18).atTime(8, 0).atZone(CPH).toInstant()));

        setToday(LocalDate.of(2026, 8, 20));
        complete(
                task(pi), withVariables("conferencePlan", "Uge 45-47, individuelle samtaler", "projectWork", "Uge 12"));
        assertThat(pi).isWaitingAt("call-parent-meeting", "wait-conference-planning", "wait-needs-talk-offer");
        ProcessInstance meeting = calledProcessInstance("parent-meeting", pi);
        assertThat(meeting.getBusinessKey()).isEqualTo("2026-27:demo:5.A");
        assertThat(engine.getRuntimeService().getVariables(meeting.getId()))
                .containsEntry("conferencePlan", "Uge 45-47, individuelle samtaler")
                .containsEntry("projectWork", "Uge 12")
                .containsEntry("policyId", "standard")
                .containsKeys("schoolId", "classCode", "schoolYear");
        execute(job("wait-conference-planning", pi));
        ProcessInstance conferences = calledProcessInstance("conference-round", pi);
        assertThat(conferences.getBusinessKey()).isEqualTo("2026-27:demo:5.A");

        for (LocalDate month = LocalDate.of(2026, 9, 1);
                month.isBefore(LocalDate.of(2027, 7, 1));
                month = month.plusMonths(1)) {
            setToday(month);
            if (month.getMonthValue() == 9) {
                complete(task("meeting", meeting));
            }
            if (month.getMonthValue() == 12) {
                complete(task("conferences", conferences));
            }
            if (month.getMonthValue() == 2) {
                assertThat(job("wait-needs-talk-offer", pi))
                        .hasDueDate(Date.from(LocalDate.of(2027, 2, 1)
                                .atTime(8, 0)
                                .atZone(CPH)
                                .toInstant()));
                execute(job("wait-needs-talk-offer", pi));
                var talks = engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey("needs-talk")
                        .list();
                assertThat(talks)
                        .extracting(ProcessInstance::getBusinessKey)
                        .containsExactlyInAnyOrder("2026-27:demo:5.A:e1", "2026-27:demo:5.A:e2");
                talks.forEach(t -> complete(task("talk", t)));
            }
        }
        assertThat(pi).isWaitingAt("wait-school-year-end");
        assertThat(job(pi)).hasDueDate(endOfDay(LocalDate.of(2027, 7, 31)));
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .activityId("year-plan-overdue")
                        .count())
                .isZero();
        setToday(LocalDate.of(2027, 7, 31));
        execute(job(pi));
        execute(job("write-year-summary", pi));
        assertThat(documents.documents.values()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(dk.skolehjem.minutes.DocumentKind.YEAR_SUMMARY);
            assertThat(d.forGuardians()).as("for the school, not the families").isFalse();
        });
        assertThat(pi)
                .isEnded()
                .hasPassed(
                        "load-policy",
                        "fillInYearPlan",
                        "call-parent-meeting",
                        "call-conference-round",
                        "call-needs-talks",
                        "end-school-year")
                .hasNotPassed("followUpYearPlan");

        var year = new dk.skolehjem.calendar.SchoolYear(2026);
        var history = engine.getHistoryService();
        Date meetingStarted = history.createHistoricActivityInstanceQuery()
                .processInstanceId(pi.getId())
                .activityId("call-parent-meeting")
                .singleResult()
                .getStartTime();
        assertThat(year.firstQuarter()
                        .contains(meetingStarted.toInstant().atZone(CPH).toLocalDate()))
                .as("the parent meeting is planned in the first quarter (R2)")
                .isTrue();
        Date conferencesStarted = history.createHistoricActivityInstanceQuery()
                .processInstanceId(pi.getId())
                .activityId("call-conference-round")
                .singleResult()
                .getStartTime();
        assertThat(conferencesStarted.toInstant().atZone(CPH).toLocalDate())
                .as("the round is planned before the principle's window opens (R5)")
                .isBefore(LocalDate.of(2026, 9, 15));
    }

    @Test
    void onTheYearsLastDayTheSummaryIsWrittenWhateverIsStillOpen_namingIt_andTheYearEnds() {
        ProcessInstance pi = start();
        assertThat(job("wait-school-year-end", pi))
                .as("the year's last day is waited for from the first day")
                .hasDueDate(endOfDay(LocalDate.of(2027, 7, 31)));
        // nobody ever fills in the year plan: the parent meeting never starts, the year's join never comes
        setToday(LocalDate.of(2027, 7, 31));
        execute(job("wait-school-year-end", pi));
        execute(job("write-year-summary", pi));
        assertThat(pi).isEnded().hasPassed("end-school-year").hasNotPassed("call-parent-meeting");
        assertThat(documents.documents.values()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(dk.skolehjem.minutes.DocumentKind.YEAR_SUMMARY);
            assertThat(dk.skolehjem.minutes.PdfReading.text(documents.content(d.id()))
                            .replaceAll("\\s+", " "))
                    .contains(
                            "Ikke afsluttet ved skoleårets slutning",
                            "Udfyld klassens årsplan – 5.A: åben siden 10. august 2026, frist 1. september 2026",
                            "Princippet punkt for punkt",
                            "holdt: Ikke holdt");
        });
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .as("the year's open work ended with it")
                .isZero();
    }

    @Test
    void aYearRolledOutAfterTheConferenceWindow_tellsLeadershipOnceWhatItCanNoLongerKeep() {
        setToday(LocalDate.of(2027, 1, 11));
        ProcessInstance pi = start();
        assertThat(pi).isNotWaitingAt("wait-conference-planning");
        var followUps = engine.getTaskService()
                .createTaskQuery()
                .taskName("Følg op: 5.A begyndte skoleåret sent")
                .list();
        assertThat(followUps).as("one task, once").hasSize(1);
        var followUp = followUps.get(0);
        assertThat(followUp).hasCandidateGroup("leadership-demo");
        assertThat(followUp.getTenantId()).isEqualTo("demo");
        assertThat(followUp.getDescription())
                .contains(
                        "Skole-hjem-samtalerne kan ikke holdes: vinduet sluttede 15. december 2026 (skolens praksis).");
        engine.getTaskService().deleteTask(followUp.getId(), true);
    }

    @Test
    void aMissedYearPlanDeadlineGivesLeadershipAFollowUpWhileTheTeamTaskStaysOpen() {
        ProcessInstance pi = start();
        assertThat(job("year-plan-overdue", pi)).hasDueDate(endOfDay(LocalDate.of(2026, 9, 1)));
        setToday(LocalDate.of(2026, 9, 2));
        execute(job("year-plan-overdue", pi));

        assertThat(pi).isWaitingAt("fillInYearPlan", "followUpYearPlan");
        var followUp = engine.getTaskService()
                .createTaskQuery()
                .taskDefinitionKey("followUpYearPlan")
                .singleResult();
        assertThat(followUp).hasCandidateGroup("leadership-demo").hasName("Følg op på klassens årsplan – 5.A");
        complete(followUp, withVariables("followUpNote", "Aftalt med teamet: planen er klar fredag."));
        complete(task("fillInYearPlan", pi), withVariables("conferencePlan", "Uge 46"));
        assertThat(engine.getRuntimeService()
                        .getVariables(
                                calledProcessInstance("parent-meeting", pi).getId()))
                .as("the council's tasks see the year plan, never leadership's note about the team")
                .containsEntry("conferencePlan", "Uge 46")
                .doesNotContainKey("followUpNote");
        complete(task("meeting", calledProcessInstance("parent-meeting", pi)));
        execute(job("wait-conference-planning", pi));
        complete(task("conferences", calledProcessInstance("conference-round", pi)));
        finishNeedsTalks(pi);
        assertThat(pi).isWaitingAt("wait-school-year-end");

        execute(job(pi));
        execute(job("write-year-summary", pi));
        assertThat(pi).isEnded().hasPassed("followUpYearPlan", "end-follow-up", "end-school-year");
    }

    @Test
    void aYearStartedLateGivesTheTeamTheGracePeriodInsteadOfAPastDeadline() {
        setToday(LocalDate.of(2026, 11, 22));
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("fillInYearPlan", "wait-conference-planning", "wait-needs-talk-offer");
        assertThat(task()).hasDueDate(endOfDay(LocalDate.of(2026, 12, 6)));
    }

    @Test
    void aYearPlanWithoutConferencesIsRefusedWithTheFieldNamed() {
        ProcessInstance pi = start();
        var task = task(pi);
        assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), Map.of("conferencePlan", "  ")))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("Feltet 'Skole-hjem-samtaler' skal udfyldes.");
        assertThatThrownBy(() -> engine.getTaskService()
                        .complete(task.getId(), Map.of("conferencePlan", "ok", "themeWeeks", "x".repeat(4001))))
                .hasMessageContaining("Feltet 'Emneuger' må højst være 4000 tegn (det er 4001).");
        assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), Map.of("conferencePlan", 42)))
                .hasMessageContaining("Feltet 'Skole-hjem-samtaler' skal være tekst.");
        assertThat(pi).isWaitingAt("fillInYearPlan");
    }

    @Test
    void variablesSubmittedWithAFormCannotRedirectTasksOrMoveTheYearsEnd() {
        ProcessInstance pi = start();
        complete(
                task(pi),
                withVariables(
                        "conferencePlan",
                        "Uge 46",
                        "teamGroup",
                        "team-demo-0a",
                        "leadershipGroup",
                        "staff-demo",
                        "schoolYearEnd",
                        new Date(0)));
        complete(task("meeting", calledProcessInstance("parent-meeting", pi)));
        assertThat(job("wait-school-year-end", pi))
                .as("the year's end is the principle's, whatever the form said")
                .hasDueDate(endOfDay(LocalDate.of(2027, 7, 31)));
        execute(job("wait-conference-planning", pi));
        complete(task("conferences", calledProcessInstance("conference-round", pi)));
        finishNeedsTalks(pi);
        assertThat(job("wait-school-year-end", pi)).hasDueDate(endOfDay(LocalDate.of(2027, 7, 31)));
    }

    @Test
    void aSchoolWhosePrincipleHasNeitherMeetingNorConferencesSkipsThem() {
        ProcessInstance pi = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "school-year",
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
                                TestPolicies.WITHOUT_MEETINGS));
        complete(task(pi), withVariables("conferencePlan", "Uge 46"));
        assertThat(pi)
                .isWaitingAt("wait-school-year-end")
                .hasNotPassed(
                        "call-parent-meeting", "call-conference-round", "wait-conference-planning", "call-needs-talks");
    }

    @Test
    void aSchoolWithWeeklyPlansRunsThemAlongsideTheYear() {
        ProcessInstance pi = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "school-year",
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
                                "traellerupskolen"));
        assertThat(pi)
                .as("Trællerupskolen's principle offers no needs-based talk to every family")
                .isWaitingAt("fillInYearPlan", "wait-conference-planning", "call-weekly-plans");
        ProcessInstance weeks = calledProcessInstance("weekly-plan", pi);
        assertThat(weeks.getBusinessKey()).isEqualTo("2026-27:demo:5.A");
    }

    @Test
    void aSchoolWithLearningConversationsPlansThemBeforeTheCalendarYearsFirstQuarter() {
        ProcessInstance pi = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "school-year",
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
                                "skole-med-meddelelsesbog-og-laeringssamtaler"));
        assertThat(job("wait-learning-planning", pi))
                .hasDueDate(Date.from(
                        LocalDate.of(2026, 12, 7).atTime(8, 0).atZone(CPH).toInstant()));
        setToday(LocalDate.of(2026, 12, 7));
        execute(job("wait-learning-planning", pi));
        assertThat(calledProcessInstance("learning-round", pi).getBusinessKey()).isEqualTo("2026-27:demo:5.A");
    }

    @Test
    void aBusinessKeyThatIsNotYearSchoolClassIsRefused() {
        assertThatThrownBy(() -> engine.getRuntimeService()
                        .startProcessInstanceByKey(
                                "school-year",
                                "demo-5A",
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
                                        "standard")))
                .hasMessageContaining("Forretningsnøglen skal være skoleår:skole:klasse");
    }

    @Test
    void aFollowUpWithoutANoteIsRefused() {
        ProcessInstance pi = start();
        setToday(LocalDate.of(2026, 9, 2));
        execute(job("year-plan-overdue", pi));
        var followUp = task("followUpYearPlan", pi);
        assertThatThrownBy(() -> engine.getTaskService().complete(followUp.getId()))
                .hasMessageContaining("Feltet 'Hvad er aftalt med klasseteamet' skal udfyldes.");
    }

    private void finishNeedsTalks(ProcessInstance pi) {
        execute(job("wait-needs-talk-offer", pi));
        engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("needs-talk")
                .list()
                .forEach(t -> complete(task("talk", t)));
    }

    private ProcessInstance start() {
        return engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "school-year",
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
                                "standard"));
    }

    private static void setToday(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(9, 0).atZone(CPH).toInstant()));
    }

    private static Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(23, 59).atZone(CPH).toInstant());
    }
}
