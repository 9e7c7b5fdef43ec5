package dk.skolehjem.concern;

import dk.skolehjem.minutes.CaseInvitations;
import dk.skolehjem.roster.CurrentUser;
import dk.skolehjem.roster.GroupIds;
import dk.skolehjem.roster.RosterRepository;
import org.springframework.stereotype.Component;

/**
 * Who may open a concern (L10: access on need): the school's leadership, the student's class team, and PPR once the
 * guardians consented and PPR was invited to this very case. Guardians follow their own tasks and the minutes meant
 * for them, never the case itself with its internal notes; administrators run the system and do not read it.
 */
@Component
class ConcernAccess {

    private final RosterRepository roster;
    private final CaseInvitations invitations;

    ConcernAccess(RosterRepository roster, CaseInvitations invitations) {
        this.roster = roster;
        this.invitations = invitations;
    }

    boolean canOpen(CurrentUser user, ConcernCases.Case c) {
        if (user.groups().contains(GroupIds.leadership(c.schoolId()))) {
            return true;
        }
        // the team of the class the student is in now (class codes come back every year); a student who left: none
        String currentClass = roster.student(c.schoolId(), c.studentId())
                .filter(RosterRepository.StudentRow::active)
                .map(RosterRepository.StudentRow::classCode)
                .orElse(null);
        if (currentClass != null && user.groups().contains(GroupIds.team(c.schoolId(), currentClass))) {
            return true;
        }
        return user.groups().contains(GroupIds.ppr(c.schoolId())) && invitations.isInvited(c.id(), user.id());
    }
}
