package dk.skolehjem.parents;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.AsSystem;
import dk.skolehjem.roster.ClassYearKey;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

/**
 * A child's coming meetings for the parent page: the class's parent meeting and the child's own conference,
 * learning conversation, needs-based talk and meetings about a concern (only when and where, nothing of the case), read from the running processes (what has been agreed, not planned).
 */
@Service
class FamilyCalendar {

    /** Which variables say when and where, per process. */
    private static final Map<String, String[]> WHEN_WHERE = Map.of(
            "parent-meeting", new String[] {"Forældremøde", "meetingStart", "place"},
            "conference", new String[] {"Skole-hjem-samtale", "conferenceStart", "place"},
            "learning-conversation", new String[] {"Elevstyret læringssamtale", "conferenceStart", "place"},
            "needs-talk", new String[] {"Behovssamtale", "talkStart", "talkPlace"},
            "concern", new String[] {"Møde om jeres barn", "meetingStart", "meetingPlace"});

    /** One meeting: what, when (in Danish), where. */
    record Meeting(String what, LocalDateTime start, String when, String where) {
    }

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final IdentityService identity;

    FamilyCalendar(RuntimeService runtime, RepositoryService repository, IdentityService identity) {
        this.runtime = runtime;
        this.repository = repository;
        this.identity = identity;
    }

    List<Meeting> upcoming(ClassYearKey child, Instant now) {
        String classKey = new ClassYearKey(child.year(), child.schoolId(), child.classCode(), null).toString();
        return AsSystem.call(identity, () -> {
            List<Meeting> meetings = new ArrayList<>();
            List<ProcessInstance> instances = new ArrayList<>(runtime.createProcessInstanceQuery()
                    .processInstanceBusinessKey(child.toString()).active().list());
            instances.addAll(runtime.createProcessInstanceQuery().processInstanceBusinessKey(classKey)
                    .processDefinitionKey("parent-meeting").active().list());
            for (ProcessInstance instance : instances) {
                String key = repository.getProcessDefinition(instance.getProcessDefinitionId()).getKey();
                String[] names = WHEN_WHERE.get(key);
                if (names == null) {
                    continue;
                }
                Map<String, Object> vars = runtime.getVariables(instance.getId(), List.of(names[1], names[2]));
                if (vars.get(names[1]) instanceof Date start && start.toInstant().isAfter(now)) {
                    LocalDateTime local = LocalDateTime.ofInstant(start.toInstant(), DanishDates.ZONE);
                    meetings.add(new Meeting(names[0], local, DanishDates.full(local.toLocalDate()) + " kl. "
                            + String.format("%02d.%02d", local.getHour(), local.getMinute()),
                            vars.get(names[2]) == null ? "" : vars.get(names[2]).toString()));
                }
            }
            meetings.sort(Comparator.comparing(Meeting::start));
            return meetings;
        });
    }
}
