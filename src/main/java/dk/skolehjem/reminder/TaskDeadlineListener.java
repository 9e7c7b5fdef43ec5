package dk.skolehjem.reminder;

import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.policy.SchoolPolicy;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Gives each new task its deadline and follow-up date by the school's principle (see {@link TaskDeadlines}); runs
 * after the process's own create listeners, so a deadline a process computed is kept.
 */
@Component
public class TaskDeadlineListener implements TaskListener {

    private final PolicyRegistry policies;

    public TaskDeadlineListener(PolicyRegistry policies) {
        this.policies = policies;
    }

    @Override
    public void notify(DelegateTask task) {
        Object policyId = task.getVariable("policyId");
        SchoolPolicy policy = policyId == null ? policies.get(PolicyRegistry.DEFAULT_ID)
                : policies.find(policyId.toString()).orElseGet(() -> policies.get(PolicyRegistry.DEFAULT_ID));
        TaskDeadlines.Dates dates = TaskDeadlines.of(task.getDueDate(), task.getFollowUpDate(), EngineDates.today(),
                policy.reminders());
        task.setDueDate(dates.due());
        task.setFollowUpDate(dates.followUp());
    }
}
