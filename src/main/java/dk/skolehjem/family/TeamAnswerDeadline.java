package dk.skolehjem.family;

import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.RosterRepository;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** When the class team must have answered a family's big change: two school days by the school's calendar (R15). */
@Component("teamAnswerDeadline")
public class TeamAnswerDeadline {

    private final PolicyRegistry policies;
    private final RosterRepository roster;

    TeamAnswerDeadline(PolicyRegistry policies, RosterRepository roster) {
        this.policies = policies;
        this.roster = roster;
    }

    /** Two school days from today by the school's calendar. */
    public java.util.Date due(DelegateExecution execution) {
        ClassYearKey key = ClassYearKey.parse(execution.getProcessBusinessKey());
        String policyId = roster.school(key.schoolId())
                .map(RosterRepository.SchoolRow::policyId)
                .orElse("standard");
        LocalDate due = policies.get(policyId).calendar(key.year()).plusSchoolDays(EngineDates.today(), 2);
        return EngineDates.endOfDay(due);
    }
}
