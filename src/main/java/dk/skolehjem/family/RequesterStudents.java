package dk.skolehjem.family;

import dk.skolehjem.roster.RosterRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which students a person may start a family process about: a guardian only their own children in custody; for
 * "Anmod om samtale" (R13) and a concern (R14) also a team member's classes and a leader's school. Never another
 * school's.
 */
final class RequesterStudents {

    /** The processes staff may start too; the others speak for a family, so only a guardian can start them. */
    private static final Set<String> STAFF_MAY_START = Set.of("talk-request", "concern");

    private RequesterStudents() {
    }

    static List<RosterRepository.StudentRow> of(RosterRepository roster, String person, String process, String tenantId) {
        if (person == null) {
            return List.of();
        }
        Map<String, RosterRepository.StudentRow> students = new LinkedHashMap<>();
        roster.childrenInCustody(person).forEach(s -> students.put(s.schoolId() + ":" + s.id(), s));
        if (STAFF_MAY_START.contains(process)) {
            roster.studentsOfStaff(person).forEach(s -> students.putIfAbsent(s.schoolId() + ":" + s.id(), s));
        }
        return students.values().stream().filter(s -> tenantId == null || s.schoolId().equals(tenantId)).toList();
    }

    static String processKey(String processDefinitionId) {
        return processDefinitionId.split(":")[0];
    }
}
