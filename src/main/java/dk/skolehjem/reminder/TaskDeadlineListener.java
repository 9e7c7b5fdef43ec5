package dk.skolehjem.reminder;

import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.engine.EveryUserTask;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.policy.SchoolPolicy;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives each new task its deadline and follow-up date by the school's principle (see {@link TaskDeadlines}); runs
 * after the process's own create listeners, so a deadline a process computed is kept.
 */
@Component
@Order(1)
public class TaskDeadlineListener implements EveryUserTask {

    /** A task the person does at once (choosing which child a request is about) opts out in the BPMN. */
    static final String OPT_OUT = "none";

    private final PolicyRegistry policies;

    public TaskDeadlineListener(PolicyRegistry policies) {
        this.policies = policies;
    }

    @Override
    public Set<String> events() {
        return Set.of(EVENTNAME_CREATE);
    }

    @Override
    public boolean wanted(Map<String, String> properties) {
        return !OPT_OUT.equals(properties.get("deadline"));
    }

    @Override
    public void notify(DelegateTask task) {
        SchoolPolicy policy = policies.orDefault(task.getVariable("policyId"));
        TaskDeadlines.Dates dates =
                TaskDeadlines.of(task.getDueDate(), task.getFollowUpDate(), EngineDates.today(), policy.reminders());
        task.setDueDate(dates.due());
        task.setFollowUpDate(dates.followUp());
    }
}
