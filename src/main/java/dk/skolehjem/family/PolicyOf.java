package dk.skolehjem.family;

import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.roster.RosterRepository;
import org.springframework.stereotype.Component;

/** A school's policy id and name for processes that start without them (started by a guardian from Tasklist). */
@Component("policyOf")
public class PolicyOf {

    private final RosterRepository roster;

    PolicyOf(RosterRepository roster) {
        this.roster = roster;
    }

    public String school(String schoolId) {
        return roster.school(schoolId).map(RosterRepository.SchoolRow::policyId).orElse(PolicyRegistry.DEFAULT_ID);
    }

    public String schoolName(String schoolId) {
        return roster.school(schoolId).map(RosterRepository.SchoolRow::name).orElse(schoolId);
    }
}
