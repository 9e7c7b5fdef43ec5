package dk.skolehjem.engine;

import dk.skolehjem.roster.ClassYearKey;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * How many open tasks of one step a school has, class by class: what a process module counts for leadership's week
 * ("5.A: 4 familier har ikke booket") without naming anyone. Read as the system.
 */
@Service
public class OpenWork {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final IdentityService identity;

    OpenWork(TaskService tasks, RuntimeService runtime, IdentityService identity) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.identity = identity;
    }

    /** Open tasks of {@code taskKey} in {@code processKey} at the school per class; only those due before, if given. */
    public Map<String, Long> perClass(String schoolId, String processKey, String taskKey, Date dueBefore) {
        return AsSystem.call(identity, () -> {
            var query = tasks.createTaskQuery()
                    .tenantIdIn(schoolId)
                    .processDefinitionKey(processKey)
                    .taskDefinitionKey(taskKey)
                    .active();
            if (dueBefore != null) {
                query = query.dueBefore(dueBefore);
            }
            List<Task> open = query.list();
            Set<String> instances =
                    open.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
            Map<String, String> classOf = instances.isEmpty()
                    ? Map.of()
                    : runtime.createProcessInstanceQuery().processInstanceIds(instances).list().stream()
                            .collect(Collectors.toMap(ProcessInstance::getId, p -> classCode(p.getBusinessKey())));
            Map<String, Long> counts = new TreeMap<>();
            open.forEach(t -> counts.merge(classOf.getOrDefault(t.getProcessInstanceId(), "?"), 1L, Long::sum));
            return counts;
        });
    }

    private static String classCode(String businessKey) {
        try {
            return ClassYearKey.parse(businessKey).classCode();
        } catch (RuntimeException e) {
            return "?";
        }
    }

    /** "5.A: 4, 6.B: 1": a count per class for a digest line. */
    public static String describe(Map<String, Long> perClass) {
        return perClass.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
