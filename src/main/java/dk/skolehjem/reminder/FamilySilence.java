package dk.skolehjem.reminder;

import dk.skolehjem.policy.PolicyRegistry;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * How long a family's unanswered question may wait before the team is told ({@code ${familySilence.after(execution)}}
 * in a boundary timer): the family's own deadline ({@code reminders.escalateAfter}) and as long again, so a proposed
 * time nobody answers never stalls the talk without anyone knowing.
 */
@Component("familySilence")
public class FamilySilence {

    private final PolicyRegistry policies;

    FamilySilence(PolicyRegistry policies) {
        this.policies = policies;
    }

    /** An ISO duration for a timer, e.g. {@code P6D}. */
    public String after(DelegateExecution execution) {
        return policies.orDefault(execution.getVariable("policyId"))
                .reminders()
                .escalateAfter()
                .multipliedBy(2)
                .toString();
    }
}
