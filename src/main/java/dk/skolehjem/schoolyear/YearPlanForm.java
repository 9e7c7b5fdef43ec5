package dk.skolehjem.schoolyear;

import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormRule;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.policy.Promised;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The class's year plan ({@code year-plan}): where the school's principle promises events beyond the parent meetings
 * ("suppleres af arrangementer"), the plan must say which, in the board's words; elsewhere they are optional.
 */
@Component
class YearPlanForm implements FormRule {

    private final PolicyRegistry policies;

    YearPlanForm(PolicyRegistry policies) {
        this.policies = policies;
    }

    @Override
    public Set<String> forms() {
        return Set.of("year-plan");
    }

    @Override
    public void apply(FormAnswers answers) {
        var promise = policies.orDefault(answers.variable("policyId")).promise(Promised.SUPPLEMENTARY_EVENTS);
        if (promise.isPresent()) {
            String events = answers.text("otherEvents");
            if (events == null || events.isBlank()) {
                throw answers.refused(
                        "otherEvents",
                        "skal udfyldes (princippet: \"" + promise.get().quote() + "\")");
            }
        }
    }
}
