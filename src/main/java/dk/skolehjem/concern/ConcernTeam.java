package dk.skolehjem.concern;

import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.GroupIds;
import dk.skolehjem.roster.RosterRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Whose team a concern's tasks go to: the class the student is in now, by the roster. A concern can outlive the
 * school year, and class codes come back every year, so the class in the business key would reach next year's team.
 * A student who has left the school has no team: leadership takes the task.
 */
@Component("concernTeam")
public class ConcernTeam {

    private final RosterRepository roster;

    public ConcernTeam(RosterRepository roster) {
        this.roster = roster;
    }

    public String group(DelegateExecution execution) {
        ClassYearKey key = ClassYearKey.parse(execution.getProcessBusinessKey());
        return roster.student(key.schoolId(), key.studentId())
                .filter(RosterRepository.StudentRow::active)
                .map(s -> GroupIds.team(key.schoolId(), s.classCode()))
                .orElse(GroupIds.leadership(key.schoolId()));
    }
}
