package dk.skolehjem.engine;

import dk.skolehjem.roster.ClassYearKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The staff work at a school that is past its deadline, whoever it belongs to: what a leader needs to see on one
 * page (Tasklist's "Forfaldne" shows only the leader's own groups). Read as the system; the caller decides who may
 * see which classes.
 */
@Service
public class OverdueWork {

    /** One late task: its name (which says the child or class), its class (null: the school's own), due, who has it. */
    public record LateTask(String id, String name, String classCode, Instant due, String assignee) {}

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final FamilyTasks familyTasks;

    OverdueWork(TaskService tasks, RuntimeService runtime, IdentityService identity, FamilyTasks familyTasks) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
        this.familyTasks = familyTasks;
    }

    /** The school's staff tasks due before {@code now}, oldest deadline first. */
    public List<LateTask> at(String schoolId, Instant now) {
        return AsSystem.call(identity, () -> {
            List<Task> late = tasks
                    .createTaskQuery()
                    .tenantIdIn(schoolId)
                    .active()
                    .dueBefore(Date.from(now))
                    .orderByDueDate()
                    .asc()
                    .list()
                    .stream()
                    .filter(t -> !familyTasks.isFamilyTask(t.getProcessDefinitionId(), t.getTaskDefinitionKey()))
                    .toList();
            Set<String> instances = late.stream()
                    .map(Task::getProcessInstanceId)
                    .filter(java.util.Objects::nonNull)
                    .collect(Collectors.toSet());
            Map<String, String> classes = instances.isEmpty()
                    ? Map.of()
                    : runtime.createProcessInstanceQuery().processInstanceIds(instances).list().stream()
                            .filter(p -> classOf(p.getBusinessKey()) != null)
                            .collect(Collectors.toMap(ProcessInstance::getId, p -> classOf(p.getBusinessKey())));
            return late.stream()
                    .map(t -> new LateTask(
                            t.getId(),
                            t.getName(),
                            t.getProcessInstanceId() == null ? null : classes.get(t.getProcessInstanceId()),
                            t.getDueDate().toInstant(),
                            t.getAssignee()))
                    .toList();
        });
    }

    private static String classOf(String businessKey) {
        try {
            return businessKey == null ? null : ClassYearKey.parse(businessKey).classCode();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
