package dk.skolehjem.family;

import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.engine.StartDoor;
import dk.skolehjem.roster.RosterRepository;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which students a person may start a process about: a guardian only their own children in custody; where the
 * process's module opens a door to staff (e.g. "Anmod om samtale", R13, and a concern, R14) also a team member's
 * classes and a leader's school. Never another school's.
 */
final class RequesterStudents {

    private RequesterStudents() {}

    /** Who the process's module lets start it, over all its doors; empty when the process has no module. */
    static Optional<Set<StartDoor.Starter>> startedBy(List<ProcessModule> modules, String process) {
        return ProcessModule.find(modules, process).map(m -> {
            Set<StartDoor.Starter> who = EnumSet.noneOf(StartDoor.Starter.class);
            m.startDoors().forEach(d -> who.addAll(d.startedBy()));
            return who;
        });
    }

    static List<RosterRepository.StudentRow> of(
            RosterRepository roster, String person, Set<StartDoor.Starter> startedBy, String tenantId) {
        if (person == null) {
            return List.of();
        }
        Map<String, RosterRepository.StudentRow> students = new LinkedHashMap<>();
        if (startedBy.contains(StartDoor.Starter.GUARDIAN)) {
            roster.childrenInCustody(person).forEach(s -> students.put(s.schoolId() + ":" + s.id(), s));
        }
        if (startedBy.contains(StartDoor.Starter.STAFF)) {
            roster.studentsOfStaff(person).forEach(s -> students.putIfAbsent(s.schoolId() + ":" + s.id(), s));
        }
        return students.values().stream()
                .filter(s -> tenantId == null || s.schoolId().equals(tenantId))
                .toList();
    }

    /**
     * Who may start a process whose "find the child" step runs: as its module says, or, for a process without one
     * here, everyone the roster lets speak about the child (custody, or the person's classes), as
     * {@code engine.StartEntitlement} checks at every start anyway.
     */
    static Set<StartDoor.Starter> startedByOrRoster(List<ProcessModule> modules, String process) {
        return startedBy(modules, process).orElse(EnumSet.allOf(StartDoor.Starter.class));
    }
}
