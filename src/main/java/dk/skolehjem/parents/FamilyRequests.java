package dk.skolehjem.parents;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.engine.FamilyRequest;
import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.RosterRepository;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * "Det har I bedt om" on the parent page: what the family has asked the school for about each child this school year,
 * newest first, from every process module. The family is the child's guardians with custody today, so a request the
 * other parent made shows too, and one made by a parent who has no custody (any longer) does not (L6).
 */
@Service
class FamilyRequests {

    private final RosterRepository roster;
    private final List<ProcessModule> modules;

    FamilyRequests(RosterRepository roster, List<ProcessModule> modules) {
        this.roster = roster;
        this.modules = modules;
    }

    /** By student id, for children the caller has already been found to have custody of. */
    Map<String, List<FamilyRequest>> of(List<RosterRepository.StudentRow> children, SchoolYear year) {
        Map<String, List<FamilyRequest>> byChild = new LinkedHashMap<>();
        for (RosterRepository.StudentRow child : children) {
            ClassYearKey key = new ClassYearKey(year, child.schoolId(), child.classCode(), child.id());
            byChild.put(
                    child.id(),
                    roster.custodyGuardiansOfStudent(child.schoolId(), child.id()).stream()
                            .flatMap(guardian -> modules.stream().flatMap(m -> m.requestsBy(guardian, key).stream()))
                            .sorted(Comparator.comparing(FamilyRequest::asked).reversed())
                            .toList());
        }
        return byChild;
    }
}
