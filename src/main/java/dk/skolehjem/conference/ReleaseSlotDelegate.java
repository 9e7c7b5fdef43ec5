package dk.skolehjem.conference;

import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.roster.ClassYearKey;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Frigiv tiden": after a no-show the family books again, so the old slot goes back to the others; the round's
 * booking deadline has usually passed by then, so the family gets a fresh one, a few school days ahead.
 */
@Component("releaseConferenceSlotDelegate")
class ReleaseSlotDelegate implements JavaDelegate {

    /** School days the family has to book again after a no-show. */
    static final int REBOOK_SCHOOL_DAYS = 3;

    private final ConferenceRounds rounds;
    private final PolicyRegistry policies;

    ReleaseSlotDelegate(ConferenceRounds rounds, PolicyRegistry policies) {
        this.rounds = rounds;
        this.policies = policies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ClassYearKey key = ClassYearKey.parse(execution.getProcessBusinessKey());
        rounds.release((String) execution.getVariable("roundId"), key.studentId());
        execution.removeVariable("attended");
        var calendar = policies.get((String) execution.getVariable("policyId")).calendar(key.year());
        LocalDate today = EngineDates.today();
        LocalDate deadline = calendar.plusSchoolDays(today, REBOOK_SCHOOL_DAYS);
        Date current = (Date) execution.getVariable("bookingDeadline");
        if (current == null || current.before(EngineDates.endOfDay(deadline))) {
            execution.setVariable("bookingDeadline", EngineDates.endOfDay(deadline));
            execution.setVariable(
                    "reminderAt",
                    EngineDates.at(calendar.plusSchoolDays(today, REBOOK_SCHOOL_DAYS - 1)
                            .atTime(9, 0)));
        }
    }
}
