package dk.skolehjem.reminder;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.AsSystem;
import dk.skolehjem.engine.FamilyLanes;
import dk.skolehjem.notification.Notification;
import dk.skolehjem.notification.NotificationKind;
import dk.skolehjem.notification.NotificationPort;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.policy.SchoolPolicy;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.GroupIds;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * No step of the school's year can stall silently: every staff task past its follow-up date reminds the people it
 * is for, once; one still open the principle's {@code reminders.escalateAfter} after its deadline gives the
 * school's leadership a follow-up task naming the step and the class, once. A family's tasks are left to their own
 * processes, which end them on their own deadlines; leadership's own tasks are not escalated to themselves.
 */
@Component
public class OverdueTasks {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final NotificationPort notifications;
    private final PolicyRegistry policies;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    OverdueTasks(
            TaskService tasks,
            RuntimeService runtime,
            RepositoryService repository,
            IdentityService identity,
            NotificationPort notifications,
            PolicyRegistry policies,
            NamedParameterJdbcTemplate jdbc,
            Clock clock) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.identity = identity;
        this.notifications = notifications;
        this.policies = policies;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${skolehjem.overdue.every:PT15M}", initialDelayString = "PT2M")
    @Transactional
    public void run() {
        AsSystem.call(identity, () -> {
            Date now = Date.from(clock.instant());
            for (Task task :
                    tasks.createTaskQuery().active().followUpBefore(now).list()) {
                if (isStaffTask(task) && !done(task.getId(), "reminded_at")) {
                    remind(task);
                }
            }
            for (Task task : tasks.createTaskQuery().active().dueBefore(now).list()) {
                if (isStaffTask(task) && escalationDue(task, clock.instant()) && !done(task.getId(), "escalated_at")) {
                    escalate(task);
                }
            }
            return null;
        });
    }

    /** A task of a school's process for its staff (not a family's, not leadership's own, not made by hand). */
    private boolean isStaffTask(Task task) {
        if (task.getProcessInstanceId() == null || task.getTenantId() == null) {
            return false;
        }
        if (FamilyLanes.tasks(repository.getBpmnModelInstance(task.getProcessDefinitionId()))
                .contains(task.getTaskDefinitionKey())) {
            return false;
        }
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .noneMatch(l -> GroupIds.leadership(task.getTenantId()).equals(l.getGroupId()));
    }

    private boolean escalationDue(Task task, Instant now) {
        return task.getDueDate()
                .toInstant()
                .plus(policy(task).reminders().escalateAfter())
                .isBefore(now);
    }

    private SchoolPolicy policy(Task task) {
        return policies.orDefault(tasks.getVariable(task.getId(), "policyId"));
    }

    private void remind(Task task) {
        String due = task.getDueDate() == null ? "" : " Fristen er " + day(task.getDueDate()) + ".";
        for (String person : people(task)) {
            notifications.send(new Notification(
                    person,
                    NotificationKind.REMINDER,
                    "Påmindelse: " + task.getName() + about(task),
                    "Opgaven \"" + task.getName() + "\"" + about(task) + " venter stadig." + due,
                    "/camunda/app/tasklist/default/#/?task=" + task.getId(),
                    task.getProcessInstanceId(),
                    null));
        }
        mark(task, "reminded_at", null);
    }

    private void escalate(Task task) {
        String school = task.getTenantId();
        Task followUp = tasks.newTask();
        followUp.setName("Følg op: \"" + task.getName() + "\"" + about(task) + " er over fristen");
        followUp.setDescription("Fristen var " + day(task.getDueDate())
                + ". Tal med dem, opgaven er til, om hvad der skal til, for at den bliver løst, og luk denne opgave, "
                + "når der er handlet.");
        followUp.setTenantId(school);
        followUp.setDueDate(Date.from(LocalDate.now(clock.withZone(DanishDates.ZONE))
                .plusDays(2)
                .atTime(23, 59)
                .atZone(DanishDates.ZONE)
                .toInstant()));
        tasks.saveTask(followUp);
        tasks.addCandidateGroup(followUp.getId(), GroupIds.leadership(school));
        mark(task, "escalated_at", followUp.getId());
    }

    /** " – 5.A" or " – Freja Jørgensen, 5.A", from the business key (a variable could be anything). */
    private String about(Task task) {
        String key = runtime.createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult()
                .getBusinessKey();
        try {
            ClassYearKey parsed = ClassYearKey.parse(key);
            Object name = tasks.getVariable(task.getId(), "studentName");
            if (task.getName().contains(parsed.classCode())) {
                return "";
            }
            return " – " + (parsed.studentId() != null && name != null ? name + ", " : "") + parsed.classCode();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** The people a task is for: its assignee, else its candidates, a group's members included. */
    private Set<String> people(Task task) {
        Set<String> people = new LinkedHashSet<>();
        if (task.getAssignee() != null) {
            people.add(task.getAssignee());
            return people;
        }
        tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                .forEach(l -> {
                    if (l.getUserId() != null) {
                        people.add(l.getUserId());
                    } else if (l.getGroupId() != null) {
                        identity.createUserQuery().memberOfGroup(l.getGroupId()).list().stream()
                                .map(User::getId)
                                .forEach(people::add);
                    }
                });
        return people;
    }

    private boolean done(String taskId, String column) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select " + column + " from app.task_follow_up where task_id = :t", Map.of("t", taskId));
        return !rows.isEmpty() && rows.get(0).get(column) != null;
    }

    private void mark(Task task, String column, String leaderTask) {
        var params = new MapSqlParameterSource()
                .addValue("t", task.getId())
                .addValue("s", task.getTenantId())
                .addValue("at", Timestamp.from(clock.instant()))
                .addValue("l", leaderTask);
        if (jdbc.update(
                        "update app.task_follow_up set " + column + " = :at"
                                + (leaderTask == null ? "" : ", leader_task_id = :l") + " where task_id = :t",
                        params)
                == 0) {
            jdbc.update(
                    "insert into app.task_follow_up (task_id, school_id, " + column + ", leader_task_id) "
                            + "values (:t, :s, :at, :l)",
                    params);
        }
    }

    private static String day(Date date) {
        return DanishDates.full(date.toInstant().atZone(DanishDates.ZONE).toLocalDate());
    }
}
