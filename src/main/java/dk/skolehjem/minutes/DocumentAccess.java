package dk.skolehjem.minutes;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.roster.CurrentUser;
import dk.skolehjem.roster.GroupIds;
import dk.skolehjem.roster.RosterRepository;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Who may read a document: the class's team, the school's leadership, PPR once invited to the case, and the
 * student's guardians with custody (class documents: guardians with custody of a child in the class) unless the
 * document is internal. Nobody else, administrators included: they run the system, they do not read about children.
 */
@Component
public class DocumentAccess {

    private final RosterRepository roster;
    private final CaseInvitations invitations;
    private final Clock clock;

    DocumentAccess(RosterRepository roster, CaseInvitations invitations, Clock clock) {
        this.roster = roster;
        this.invitations = invitations;
        this.clock = clock;
    }

    /**
     * Class codes repeat every year, so a class's team and parents read a class document only in its own school
     * year; a student's documents follow the student to their current class's team.
     */
    public boolean canRead(CurrentUser user, StoredDocument d) {
        if (user.groups().contains(GroupIds.leadership(d.schoolId()))) {
            return true;
        }
        boolean thisYear = SchoolYear.of(LocalDate.now(clock)).toString().equals(d.schoolYear());
        if (d.studentId() != null) {
            String currentClass = roster.student(d.schoolId(), d.studentId())
                    .filter(RosterRepository.StudentRow::active)
                    .map(RosterRepository.StudentRow::classCode)
                    .orElse(null);
            if (currentClass != null && user.groups().contains(GroupIds.team(d.schoolId(), currentClass))) {
                return true;
            }
        }
        if (thisYear && d.classCode() != null && user.groups().contains(GroupIds.team(d.schoolId(), d.classCode()))) {
            return true;
        }
        if (user.groups().contains(GroupIds.ppr(d.schoolId()))
                && d.processInstanceId() != null
                && invitations.isInvited(d.processInstanceId(), user.id())) {
            return true;
        }
        if (!d.forGuardians() || !user.groups().contains(GroupIds.guardians(d.schoolId()))) {
            return false;
        }
        return d.studentId() != null
                ? roster.hasCustody(d.schoolId(), d.studentId(), user.id())
                : thisYear && d.classCode() != null && roster.hasCustodyInClass(d.schoolId(), d.classCode(), user.id());
    }
}
