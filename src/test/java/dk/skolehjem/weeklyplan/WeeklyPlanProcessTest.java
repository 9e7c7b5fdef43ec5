package dk.skolehjem.weeklyplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.skolehjem.ProcessTest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Weekly plans (R1) with Trællerupskolen's principle: due Friday 14:00, late ones counted, holidays skipped. */
@ProcessTest
@Deployment(resources = {"processes/weekly-plan.bpmn", "forms/weekly-plan.form"})
class WeeklyPlanProcessTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    private final ProcessEngine engine;

    private final WeeklyPlanModule module;
    private final dk.skolehjem.notification.SentNotifications sent;

    WeeklyPlanProcessTest(
            ProcessEngine engine, WeeklyPlanModule module, dk.skolehjem.notification.SentNotifications sent) {
        this.engine = engine;
        this.module = module;
        this.sent = sent;
    }

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void eachWeekThePlanForTheNextIsDueFridayAfternoon() {
        setNow(LocalDateTime.of(2026, 11, 2, 9, 0));
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("wait-week");
        execute(job(pi));
        assertThat(pi).isWaitingAt("publishWeeklyPlan", "wait-week");
        assertThat(task(pi))
                .hasName("Udgiv ugeplanen for uge 46 – 5.A")
                .hasCandidateGroup("team-demo-5a")
                .hasDueDate(at(2026, 11, 6, 14, 0));
        assertThat(job("wait-week", pi)).hasDueDate(at(2026, 11, 9, 7, 0));
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "planWeekNumber"))
                .isEqualTo(47);
        assertThat(engine.getFormService()
                        .getTaskFormVariables(task(pi).getId())
                        .getValue("planWeekNumber", Integer.class))
                .as("the open task's form still shows its own week, not the one planned next")
                .isEqualTo(46);
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "weeklyPlanFormat"))
                .as("Trællerupskolen writes its plans on the learning platform")
                .isEqualTo("PLATFORM_LINK");
        complete(
                task(pi),
                withVariables(
                        "platformLink", "https://laering.example/5a/uge46", "classNews", "Tur til skoven torsdag"));
        assertThat(pi).hasPassed("end-published").isWaitingAt("wait-week");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "weeklyPlansLate"))
                .isEqualTo(0L);
    }

    @Test
    void aLatePlanIsCountedAndStaysOpen_theNextWeekIsPlannedAnyway() {
        setNow(LocalDateTime.of(2026, 11, 2, 9, 0));
        ProcessInstance pi = start();
        execute(job(pi));
        setNow(LocalDateTime.of(2026, 11, 6, 14, 1));
        execute(job("plan-late", pi));
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "weeklyPlansLate"))
                .isEqualTo(1L);
        assertThat(pi).hasPassed("end-late").isWaitingAt("publishWeeklyPlan", "wait-week");
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskDefinitionKey("publishWeeklyPlan")
                        .dueBefore(ClockUtil.getCurrentTime())
                        .count())
                .isEqualTo(1);

        setNow(LocalDateTime.of(2026, 11, 9, 7, 0));
        execute(job("wait-week", pi));
        var open = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(pi.getId())
                .orderByDueDate()
                .asc()
                .list();
        assertThat(open)
                .extracting(t -> t.getName())
                .containsExactly("Udgiv ugeplanen for uge 46 – 5.A", "Udgiv ugeplanen for uge 47 – 5.A");
        assertThat(open.get(1).getDueDate()).isEqualTo(at(2026, 11, 13, 14, 0));

        complete(open.get(0), withVariables("platformLink", "https://laering.example/5a/uge46"));
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(pi.getId())
                        .singleResult()
                        .getName())
                .isEqualTo("Udgiv ugeplanen for uge 47 – 5.A");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "weeklyPlansLate"))
                .isEqualTo(1L);
    }

    @Test
    void holidayWeeksGetNoPlan_theLastSchoolDayBeforeIsTheDeadline() {
        setNow(LocalDateTime.of(2026, 12, 14, 9, 0));
        ProcessInstance pi = start();
        execute(job(pi));
        assertThat(task(pi)).hasName("Udgiv ugeplanen for uge 1 – 5.A").hasDueDate(at(2026, 12, 18, 14, 0));
    }

    @Test
    void onThePlatform_theLinkIsRequiredAndMustBeHttps() {
        setNow(LocalDateTime.of(2026, 11, 2, 9, 0));
        ProcessInstance pi = start("traellerupskolen");
        execute(job(pi));
        String id = task(pi).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(id, Map.of("subjects", "Dansk: læsning")))
                .hasMessageContaining("indsæt linket i feltet 'Link til ugeplanen'");
        assertThatThrownBy(() -> engine.getTaskService().complete(id, Map.of("platformLink", "http://x.example")))
                .hasMessageContaining("https-adresse");
        assertThat(pi).isWaitingAt("publishWeeklyPlan");
    }

    @Test
    void inTheForm_everySubjectsContentIsRequired() {
        setNow(LocalDateTime.of(2026, 11, 2, 9, 0));
        ProcessInstance pi = start("standard");
        execute(job(pi));
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "weeklyPlanFormat"))
                .isEqualTo("FORM");
        String id = task(pi).getId();
        assertThatThrownBy(() -> engine.getTaskService().complete(id, Map.of("subjects", " ", "classNews", "Tur")))
                .hasMessageContaining("Skriv ugens indhold i alle fag");
        assertThat(pi).isWaitingAt("publishWeeklyPlan");
        complete(task(pi), withVariables("subjects", "Dansk: vi læser H.C. Andersen\nMatematik: brøker"));
        assertThat(pi).hasPassed("end-published");
    }

    @Test
    void aPublishedPlanReachesTheClassesFamiliesAtOnce_onMitBarnAndByMail() {
        setNow(LocalDateTime.of(2026, 11, 2, 9, 0));
        ProcessInstance pi = start("standard");
        execute(job(pi));
        var child = dk.skolehjem.roster.ClassYearKey.parse("2026-27:demo:5.A:e1");
        sent.clear();
        complete(
                task(pi),
                withVariables(
                        "subjects", "Dansk: vi læser H.C. Andersen\nMatematik: brøker", "classNews", "Tur torsdag"));
        // (a week's plan sent again replaces the first: this one is what the families read now)
        var plans = module.publications(child, LocalDate.of(2026, 11, 9));
        assertThat(plans).hasSize(1);
        assertThat(plans.get(0).title()).isEqualTo("Ugeplan for uge 46");
        assertThat(plans.get(0).parts())
                .extracting(dk.skolehjem.engine.Publication.Part::text)
                .containsExactly("Dansk: vi læser H.C. Andersen\nMatematik: brøker", "Tur torsdag");
        assertThat(module.publications(child, LocalDate.of(2026, 11, 23)))
                .as("only this week's and next week's plans are current")
                .isEmpty();
        assertThat(sent.all())
                .filteredOn(n -> n.kind() == dk.skolehjem.notification.NotificationKind.WEEKLY_PLAN)
                .as("every guardian with custody in the class is told")
                .isNotEmpty()
                .allMatch(n -> n.link().equals("/foraeldre"));
    }

    @Test
    void theSummerHolidayEndsTheYearsPlans() {
        setNow(LocalDateTime.of(2027, 6, 21, 9, 0));
        ProcessInstance pi = start();
        assertThat(pi).isEnded().hasPassed("end-weekly-plans").hasNotPassed("publishWeeklyPlan");
    }

    private ProcessInstance start() {
        return start("traellerupskolen");
    }

    private ProcessInstance start(String policyId) {
        return engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "weekly-plan",
                        "2026-27:demo:5.A",
                        Map.of("schoolId", "demo", "classCode", "5.A", "schoolYear", "2026-27", "policyId", policyId));
    }

    private static void setNow(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(CPH).toInstant()));
    }

    private static Date at(int y, int m, int d, int h, int min) {
        return Date.from(LocalDateTime.of(y, m, d, h, min).atZone(CPH).toInstant());
    }
}
