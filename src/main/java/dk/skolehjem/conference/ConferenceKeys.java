package dk.skolehjem.conference;

import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.RosterRepository;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Who a conference task goes to, from the business key and the roster (never from variables a form could change):
 * the student's guardians with custody, and the class's students for the round.
 */
@Component("conferenceKeys")
public class ConferenceKeys {

    private final RosterRepository roster;

    ConferenceKeys(RosterRepository roster) {
        this.roster = roster;
    }

    /** Comma-separated login ids of the student's guardians with custody (L6: no custody, no task). */
    public String guardians(DelegateExecution execution) {
        ClassYearKey key = ClassYearKey.parse(execution.getProcessBusinessKey());
        return String.join(",", roster.custodyGuardiansOfStudent(key.schoolId(), key.studentId()));
    }

    /** The class's active students, one conference each. */
    public List<String> students(DelegateExecution execution) {
        ClassYearKey key = ClassYearKey.parse(execution.getProcessBusinessKey());
        return roster.studentsOfClass(key.schoolId(), key.classCode()).stream()
                .map(RosterRepository.StudentRow::id)
                .toList();
    }

    /** The student's own business key, {@code <year>:<school>:<class>:<student>}. */
    public String studentKey(DelegateExecution execution, String studentId) {
        return ClassYearKey.parse(execution.getProcessBusinessKey())
                .forStudent(studentId)
                .toString();
    }
}
