package dk.skolehjem.concern;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.policy.SchoolPolicy;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * Every step of a concern has a deadline by the school's principle (school days by its calendar): the task's due
 * date and the timer that tells leadership when it is missed both come from here, so they always agree.
 */
@Component("concernDeadlines")
public class ConcernDeadlines {

    private final PolicyRegistry policies;

    public ConcernDeadlines(PolicyRegistry policies) {
        this.policies = policies;
    }

    /**
     * 23:59 on the last day of the step: "review" one school day, "underretning" today, "consent" and the rest by the
     * policy, "consentFinal" twice the consent time.
     */
    public Date due(VariableScope scope, String step) {
        SchoolPolicy policy = policy(scope);
        LocalDate today = EngineDates.today();
        var calendar = policy.calendar(SchoolYear.of(today));
        LocalDate day = switch (step) {
            case "underretning" -> today;
            case "review" -> calendar.plusSchoolDays(today, 1);
            case "consent" -> calendar.plusSchoolDays(today, policy.concern().consentWithinSchoolDays());
            // no answer at all by twice the time: leadership decides without consent, so the case cannot stall
            case "consentFinal" ->
                calendar.plusSchoolDays(today, 2 * policy.concern().consentWithinSchoolDays());
            case "contact", "followUp" ->
                calendar.plusSchoolDays(today, policy.concern().contactGuardiansWithinSchoolDays());
            default -> throw new IllegalArgumentException("Ukendt trin i bekymringen: " + step);
        };
        return EngineDates.endOfDay(day);
    }

    SchoolPolicy policy(VariableScope scope) {
        Object id = scope.getVariable("policyId");
        return id == null
                ? policies.get(PolicyRegistry.DEFAULT_ID)
                : policies.find(id.toString()).orElseGet(() -> policies.get(PolicyRegistry.DEFAULT_ID));
    }
}
