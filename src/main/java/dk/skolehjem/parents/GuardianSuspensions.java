package dk.skolehjem.parents;

import dk.skolehjem.engine.AsSystem;
import dk.skolehjem.notification.CaseMessages;
import dk.skolehjem.roster.GroupIds;
import dk.skolehjem.roster.IdentitySync;
import dk.skolehjem.roster.RosterRepository;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suspends a guardian's rights for one child (L6, L7) with immediate effect: from the same transaction on, every
 * custody check leaves them out (access, new tasks, messages), their open tasks about the child are taken from
 * them (given to the class team if no one else has them), and messages about the child still waiting in the
 * outbox are not sent. Lifting it gives the rights back; the record stays.
 */
@Service
public class GuardianSuspensions {

    /** A suspension as the administrator's page lists it. */
    public record Suspension(
            long id,
            String schoolId,
            String studentId,
            String guardianId,
            String reason,
            String suspendedBy,
            Instant suspendedAt,
            String liftedBy,
            Instant liftedAt) {}

    /** A suspension that cannot be made, with the reason in Danish. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final RosterRepository roster;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final IdentitySync logins;
    private final Clock clock;
    private final CaseMessages messages;

    GuardianSuspensions(
            NamedParameterJdbcTemplate jdbc,
            RosterRepository roster,
            RuntimeService runtime,
            TaskService tasks,
            IdentityService identity,
            IdentitySync logins,
            Clock clock,
            CaseMessages messages) {
        this.messages = messages;
        this.logins = logins;
        this.jdbc = jdbc;
        this.roster = roster;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.clock = clock;
    }

    @Transactional
    public long suspend(String schoolId, String studentId, String guardianId, String reason, String by) {
        String why = reason == null ? "" : reason.trim();
        if (why.isEmpty() || why.length() > 500) {
            throw new Refused("Skriv en begrundelse (højst 500 tegn).");
        }
        var student = roster.student(schoolId, studentId)
                .orElseThrow(() -> new Refused("Eleven '" + studentId + "' findes ikke på skolen '" + schoolId + "'."));
        if (!roster.hasCustody(schoolId, studentId, guardianId)) {
            throw new Refused("'" + guardianId + "' har ikke forældremyndighed over " + student.name()
                    + " (eller er allerede suspenderet).");
        }
        jdbc.update(
                "insert into app.guardian_suspension (school_id, student_id, guardian_id, reason, suspended_by, "
                        + "suspended_at) values (:s, :st, :g, :r, :by, :now)",
                new MapSqlParameterSource()
                        .addValue("s", schoolId)
                        .addValue("st", studentId)
                        .addValue("g", guardianId)
                        .addValue("r", why)
                        .addValue("by", by)
                        .addValue("now", Timestamp.from(clock.instant())));
        Long id = jdbc.getJdbcTemplate().queryForObject("select max(id) from app.guardian_suspension", Long.class);
        AsSystem.call(identity, () -> {
            takeTasksAway(schoolId, student.classCode(), studentId, guardianId);
            // the class's council tasks, and the school's guardian group once no child is left, go too
            logins.refreshGroups(guardianId);
            return null;
        });
        return id;
    }

    @Transactional
    public void lift(long id, String by) {
        int lifted = jdbc.update(
                "update app.guardian_suspension set lifted_by = :by, lifted_at = :now where id = :id "
                        + "and lifted_at is null",
                Map.of("id", id, "by", by, "now", Timestamp.from(clock.instant())));
        if (lifted != 1) {
            throw new Refused("Suspenderingen findes ikke eller er allerede ophævet.");
        }
        String guardianId = jdbc.queryForObject(
                "select guardian_id from app.guardian_suspension where id = :id", Map.of("id", id), String.class);
        AsSystem.call(identity, () -> {
            logins.refreshGroups(guardianId);
            return null;
        });
    }

    public List<Suspension> list() {
        return jdbc.query(
                "select * from app.guardian_suspension order by id desc",
                Map.of(),
                (rs, i) -> new Suspension(
                        rs.getLong("id"),
                        rs.getString("school_id"),
                        rs.getString("student_id"),
                        rs.getString("guardian_id"),
                        rs.getString("reason"),
                        rs.getString("suspended_by"),
                        rs.getTimestamp("suspended_at").toInstant(),
                        rs.getString("lifted_by"),
                        rs.getTimestamp("lifted_at") == null
                                ? null
                                : rs.getTimestamp("lifted_at").toInstant()));
    }

    private void takeTasksAway(String schoolId, String classCode, String studentId, String guardianId) {
        // any class: a process about the child may have started while the child was in another class (a concern)
        List<String> instances = runtime
                .createProcessInstanceQuery()
                .processInstanceBusinessKeyLike("%:" + schoolId + ":%:" + studentId)
                .list()
                .stream()
                .map(ProcessInstance::getId)
                .toList();
        for (String instance : instances) {
            for (Task task : tasks.createTaskQuery().processInstanceId(instance).list()) {
                if (guardianId.equals(task.getAssignee())
                        && runtime.getVariableLocal(task.getExecutionId(), "loopCounter") != null) {
                    // a question to each guardian by name (e.g. consent to involve PPR): theirs is withdrawn, not
                    // handed to anyone else; the process goes on with the other guardians' answers
                    tasks.complete(task.getId());
                    continue;
                }
                if (guardianId.equals(task.getAssignee())) {
                    tasks.setAssignee(task.getId(), null);
                }
                tasks.deleteCandidateUser(task.getId(), guardianId);
                List<IdentityLink> left = tasks.getIdentityLinksForTask(task.getId()).stream()
                        .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
                        .toList();
                if (left.isEmpty() && task.getAssignee() == null) {
                    // nobody left to do it: the class team takes it, so the child's matter does not stall
                    tasks.addCandidateGroup(task.getId(), GroupIds.team(schoolId, classCode));
                }
            }
            messages.cancelWaiting(guardianId, instance, "Forældremyndigheden er suspenderet");
        }
    }
}
