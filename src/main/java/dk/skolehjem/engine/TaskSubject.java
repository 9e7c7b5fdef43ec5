package dk.skolehjem.engine;

import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.RosterRepository;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Names each staff task after the child or class it is about ("Forbered samtalen med eleven – Freja Jørgensen, 5.A"),
 * read from the business key, so a teacher's task list says whose work it is.
 */
@Component
@Order(0) // before the deadline and the e-mail: "Ny opgave: …" carries the full name
public class TaskSubject implements EveryUserTask {

    /** Between the task's own name and whom it is about, as the examples write it. */
    static final String DASH = " – ";

    private final RosterRepository roster;

    public TaskSubject(RosterRepository roster) {
        this.roster = roster;
    }

    @Override
    public Set<String> events() {
        return Set.of(EVENTNAME_CREATE);
    }

    @Override
    public void notify(DelegateTask task) {
        String businessKey =
                task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        // a family's task keeps its name: the portal already says which child, and a family has one or two
        if (businessKey == null
                || task.getName() == null
                || FamilyLanes.tasks(task.getBpmnModelInstance()).contains(task.getTaskDefinitionKey())) {
            return;
        }
        ClassYearKey key;
        try {
            key = ClassYearKey.parse(businessKey);
        } catch (IllegalArgumentException notOurs) {
            return; // a process started without a class's key (a test's, an operator's) is named as drawn
        }
        String suffix = DASH + subject(task, key);
        if (!task.getName().endsWith(suffix)) {
            task.setName(task.getName() + suffix);
        }
    }

    private String subject(DelegateTask task, ClassYearKey key) {
        if (key.studentId() == null) {
            return key.classCode();
        }
        Object name = task.getVariable("studentName");
        String student = name != null && !name.toString().isBlank()
                ? name.toString()
                : roster.student(key.schoolId(), key.studentId())
                        .map(RosterRepository.StudentRow::name)
                        .orElse(null);
        return student == null ? key.classCode() : student + ", " + key.classCode();
    }
}
