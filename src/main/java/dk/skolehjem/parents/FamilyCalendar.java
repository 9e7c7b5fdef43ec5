package dk.skolehjem.parents;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.AsSystem;
import dk.skolehjem.engine.MeetingTimePlace;
import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.roster.ClassYearKey;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * A child's coming meetings for the parent page: the class's parent meeting and the child's own conference,
 * learning conversation, needs-based talk and meetings about a concern (only when and where, nothing of the case), read
 * from the running processes (what has been agreed, not planned) through the variables each process's module names.
 */
@Service
class FamilyCalendar {

    /** One meeting: what, when (in Danish), where. */
    record Meeting(String what, LocalDateTime start, String when, String where) {}

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final IdentityService identity;
    /** The processes that hold a meeting, and which of their variables say when and where. */
    private final List<ProcessModule> meetingModules;

    FamilyCalendar(
            RuntimeService runtime,
            RepositoryService repository,
            IdentityService identity,
            List<ProcessModule> modules) {
        this.runtime = runtime;
        this.repository = repository;
        this.identity = identity;
        this.meetingModules =
                modules.stream().filter(m -> m.meeting().isPresent()).toList();
    }

    /** The meeting a process has agreed, if it holds one with a time already (a receipt after a booking). */
    Optional<Meeting> agreed(String processInstanceId) {
        return AsSystem.call(identity, () -> {
            ProcessInstance instance = processInstanceId == null
                    ? null
                    : runtime.createProcessInstanceQuery()
                            .processInstanceId(processInstanceId)
                            .singleResult();
            return instance == null ? Optional.<Meeting>empty() : meeting(instance, Instant.EPOCH);
        });
    }

    List<Meeting> upcoming(ClassYearKey child, Instant now) {
        String classKey = new ClassYearKey(child.year(), child.schoolId(), child.classCode(), null).toString();
        return AsSystem.call(identity, () -> {
            List<Meeting> meetings = new ArrayList<>();
            List<ProcessInstance> instances = new ArrayList<>(runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(child.toString())
                    .active()
                    .list());
            // a meeting of the whole class runs under the class's key, and every family sees it
            for (ProcessModule module : meetingModules) {
                if (module.meeting().orElseThrow().wholeClass()) {
                    instances.addAll(runtime.createProcessInstanceQuery()
                            .processInstanceBusinessKey(classKey)
                            .processDefinitionKey(module.key())
                            .active()
                            .list());
                }
            }
            for (ProcessInstance instance : instances) {
                meeting(instance, now).ifPresent(meetings::add);
            }
            meetings.sort(Comparator.comparing(Meeting::start));
            return meetings;
        });
    }

    /** The instance's meeting, when its process holds one and its time is after {@code after}. */
    private Optional<Meeting> meeting(ProcessInstance instance, Instant after) {
        String key = repository
                .getProcessDefinition(instance.getProcessDefinitionId())
                .getKey();
        var found = ProcessModule.find(meetingModules, key).flatMap(ProcessModule::meeting);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        MeetingTimePlace names = found.get();
        Map<String, Object> vars =
                runtime.getVariables(instance.getId(), List.of(names.startVariable(), names.placeVariable()));
        if (!(vars.get(names.startVariable()) instanceof Date start)
                || !start.toInstant().isAfter(after)) {
            return Optional.empty();
        }
        LocalDateTime local = LocalDateTime.ofInstant(start.toInstant(), DanishDates.ZONE);
        Object place = vars.get(names.placeVariable());
        return Optional.of(new Meeting(
                names.what(),
                local,
                DanishDates.full(local.toLocalDate()) + " kl. "
                        + String.format("%02d.%02d", local.getHour(), local.getMinute()),
                place == null ? "" : place.toString()));
    }
}
