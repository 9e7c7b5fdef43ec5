package dk.skolehjem.messagebook;

import dk.skolehjem.roster.CurrentUser;
import dk.skolehjem.roster.GroupIds;
import dk.skolehjem.roster.RosterRepository;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Who may read and write a student's message book: the class team and the school's leadership read and write,
 * the student's guardians with custody read. Everyone else is told the student does not exist.
 */
@Component
class MessageBookAccess {

    private final RosterRepository roster;

    MessageBookAccess(RosterRepository roster) {
        this.roster = roster;
    }

    Optional<RosterRepository.StudentRow> readable(CurrentUser user, String schoolId, String studentId) {
        return roster.student(schoolId, studentId)
                .filter(s -> staff(user, s)
                        || (user.groups().contains(GroupIds.guardians(schoolId))
                                && roster.hasCustody(schoolId, studentId, user.id())));
    }

    boolean canWrite(CurrentUser user, RosterRepository.StudentRow student) {
        return staff(user, student);
    }

    private static boolean staff(CurrentUser user, RosterRepository.StudentRow s) {
        return user.groups().contains(GroupIds.leadership(s.schoolId()))
                || user.groups().contains(GroupIds.team(s.schoolId(), s.classCode()));
    }
}
