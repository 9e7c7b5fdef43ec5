package dk.skolehjem.family;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.engine.AsSystem;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.RosterRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

/**
 * The one door through which a person starts a process: the requester never names the school, the class or the
 * business key, only which of the students the roster lets them speak about (a guardian their own children in
 * custody; staff their classes, a leader their school, where the process's module opens a door to staff), and the
 * process is started by the system on their behalf ({@code requestedBy}). The engine refuses every other start by a
 * person (engine.PersonCommandGuard).
 */
@Service
public class ProcessStarts {

    private final RosterRepository roster;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final List<ProcessModule> modules;

    ProcessStarts(
            RosterRepository roster, RuntimeService runtime, IdentityService identity, List<ProcessModule> modules) {
        this.roster = roster;
        this.runtime = runtime;
        this.identity = identity;
        this.modules = modules;
    }

    /** The students this person may start {@code process} about: none when its module opens no door to anyone. */
    public List<RosterRepository.StudentRow> students(String requester, String process) {
        return RequesterStudents.of(
                roster, requester, RequesterStudents.startedBy(modules, process).orElse(Set.of()), null);
    }

    public Optional<RosterRepository.StudentRow> student(String requester, String process, String studentId) {
        return students(requester, process).stream()
                .filter(s -> s.id().equals(studentId))
                .findFirst();
    }

    /** Starts {@code process} about the student; the answers are the request form's, already checked there. */
    public String start(
            String requester, String process, RosterRepository.StudentRow student, Map<String, Object> answers) {
        if (student(requester, process, student.id()).isEmpty()) {
            throw new IllegalArgumentException("Du kan ikke starte det for den elev.");
        }
        var variables = new java.util.HashMap<>(answers);
        variables.put("requestedBy", requester);
        variables.put("child", student.id());
        variables.put("schoolId", student.schoolId());
        String businessKey = new ClassYearKey(
                        SchoolYear.of(EngineDates.today()), student.schoolId(), student.classCode(), student.id())
                .toString();
        return AsSystem.call(
                identity,
                () -> runtime.createProcessInstanceByKey(process)
                        .businessKey(businessKey)
                        .setVariables(variables)
                        .execute()
                        .getId());
    }
}
