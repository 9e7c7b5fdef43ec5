package dk.skolehjem.engine;

import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.RosterRepository;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Whether the roster entitles a person to a process about this business key: a student's process for a guardian
 * with custody (not suspended) or the student's class team or school leadership; a class's process for its team or
 * the school's leadership. Plain roster rules, asked by {@link StartEntitlementListener} at every process start.
 */
@Component
public class StartEntitlement {

    private final RosterRepository roster;

    StartEntitlement(RosterRepository roster) {
        this.roster = roster;
    }

    public boolean entitled(String person, String businessKey) {
        ClassYearKey key;
        try {
            key = ClassYearKey.parse(businessKey);
        } catch (RuntimeException notOurs) {
            return false;
        }
        Stream<RosterRepository.StudentRow> reachable = Stream.concat(
                roster.studentsOfStaff(person).stream(),
                key.studentId() == null ? Stream.empty() : roster.childrenInCustody(person).stream());
        return reachable.anyMatch(s -> s.schoolId().equals(key.schoolId())
                && s.classCode().equals(key.classCode())
                && (key.studentId() == null || s.id().equals(key.studentId())));
    }
}
