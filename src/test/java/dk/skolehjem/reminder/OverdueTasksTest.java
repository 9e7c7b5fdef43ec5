package dk.skolehjem.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import dk.skolehjem.ProcessTest;
import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.notification.Notification;
import dk.skolehjem.notification.NotificationKind;
import dk.skolehjem.notification.SentNotifications;
import dk.skolehjem.roster.GroupIds;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A team that stays silent does not stall the school's year unnoticed: its task past the follow-up date reminds the
 * team once, and still open the principle's reminders.escalateAfter past its deadline it gives leadership one
 * follow-up task naming the step and the class.
 */
@ProcessTest
@Deployment(resources = {"processes/weekly-plan.bpmn", "forms/weekly-plan.form"})
class OverdueTasksTest {

    private final ProcessEngine engine;
    private final OverdueTasks overdue;
    private final SentNotifications sent;

    OverdueTasksTest(ProcessEngine engine, OverdueTasks overdue, SentNotifications sent) {
        this.engine = engine;
        this.overdue = overdue;
        this.sent = sent;
    }

    private final java.util.List<Runnable> undo = new java.util.ArrayList<>();

    /** The team as a Camunda group with one member, made here and removed after (other tests make their own). */
    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        var identity = engine.getIdentityService();
        String team = GroupIds.team("demo", "5.A");
        if (identity.createUserQuery().userId("laerer5a").count() == 0) {
            identity.saveUser(identity.newUser("laerer5a"));
            undo.add(() -> identity.deleteUser("laerer5a"));
        }
        if (identity.createGroupQuery().groupId(team).count() == 0) {
            identity.saveGroup(identity.newGroup(team));
            undo.add(() -> identity.deleteGroup(team));
        }
        if (identity.createUserQuery().memberOfGroup(team).userId("laerer5a").count() == 0) {
            identity.createMembership("laerer5a", team);
            undo.add(() -> identity.deleteMembership("laerer5a", team));
        }
    }

    @AfterEach
    void tearDown() {
        ClockUtil.reset();
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo.get(i).run();
        }
        undo.clear();
    }

    @Test
    void aSilentTeamIsRemindedOnce_thenLeadershipGetsOneFollowUpNamingTheStepAndTheClass() {
        setNow(LocalDateTime.of(2026, 11, 2, 9, 0));
        ProcessInstance pi = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "weekly-plan",
                        "2026-27:demo:5.A",
                        Map.of(
                                "schoolId",
                                "demo",
                                "classCode",
                                "5.A",
                                "schoolYear",
                                "2026-27",
                                "policyId",
                                "standard"));
        execute(job(pi));
        Task plan = task(pi);
        String step = plan.getName();
        assertThat(step).as("the task's own name says the class").endsWith(" – 5.A");

        setNow(LocalDateTime.of(2026, 11, 5, 9, 0));
        sent.clear();
        overdue.run();
        overdue.run();
        assertThat(sent.all())
                .filteredOn(n -> n.kind() == NotificationKind.REMINDER)
                .extracting(Notification::recipient, Notification::subject)
                .as("the team is reminded once, by the step's name")
                .containsExactly(org.assertj.core.groups.Tuple.tuple("laerer5a", "Påmindelse: " + step));
        assertThat(leadershipTasks())
                .as("not yet past the deadline by escalateAfter")
                .isZero();

        setNow(LocalDateTime.of(2026, 11, 10, 9, 0));
        overdue.run();
        overdue.run();
        var followUps = engine.getTaskService()
                .createTaskQuery()
                .taskCandidateGroup(GroupIds.leadership("demo"))
                .taskNameLike("Følg op: \"" + step + "\"%")
                .list();
        assertThat(followUps).as("one follow-up, however often the watch runs").hasSize(1);
        assertThat(followUps.get(0).getName()).isEqualTo("Følg op: \"" + step + "\" er over fristen");
        assertThat(followUps.get(0).getDescription()).contains("Fristen var fredag den 6. november 2026");
        assertThat(followUps.get(0).getTenantId()).isEqualTo("demo");
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(plan.getId())
                        .count())
                .as("the team's own task stays theirs")
                .isEqualTo(1);
        engine.getTaskService().deleteTask(followUps.get(0).getId(), true);
    }

    private long leadershipTasks() {
        return engine.getTaskService()
                .createTaskQuery()
                .taskCandidateGroup(GroupIds.leadership("demo"))
                .taskNameLike("Følg op: %er over fristen")
                .count();
    }

    private static void setNow(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(DanishDates.ZONE).toInstant()));
    }
}
