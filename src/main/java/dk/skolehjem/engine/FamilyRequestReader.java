package dk.skolehjem.engine;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.roster.ClassYearKey;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Reads, as the system, what a guardian started through the one start door and where each request stands (whose turn
 * it is, the meeting agreed, where it ended), so each process module says its requests' status in a few lines. A
 * meeting is read through the module of the instance that holds it (a talk request's is its needs-based talk's).
 */
@Component
public class FamilyRequestReader {

    /** What a request waits for while the school has not answered. */
    public static final String WAITING = "Venter på svar fra klasseteamet";

    /** Whose move it is in a running request: the family has a task, the school has one, or nobody (a timer). */
    public enum Turn {
        FAMILY,
        SCHOOL,
        NOBODY
    }

    /** One request as the engine keeps it. */
    public record Asked(String instanceId, LocalDate asked, boolean finished) {}

    /** A meeting's start and place, in the schools' time zone. */
    public record Meeting(LocalDateTime start, String place) {

        /** "tirsdag den 10. november 2026 kl. 15.00, Klasselokalet". */
        public String label() {
            String when = DanishDates.full(start.toLocalDate()) + " kl. "
                    + String.format("%02d.%02d", start.getHour(), start.getMinute());
            return place == null || place.isBlank() ? when : when + ", " + place;
        }

        public String day() {
            return DanishDates.day(start.toLocalDate());
        }

        public boolean past() {
            return !start.isAfter(LocalDateTime.ofInstant(EngineDates.now(), DanishDates.ZONE));
        }
    }

    private final HistoryService history;
    private final TaskService tasks;
    private final IdentityService identity;
    /** Looked up when used: the modules themselves use this reader. */
    private final ObjectProvider<ProcessModule> modules;

    FamilyRequestReader(
            HistoryService history,
            TaskService tasks,
            IdentityService identity,
            ObjectProvider<ProcessModule> modules) {
        this.history = history;
        this.tasks = tasks;
        this.identity = identity;
        this.modules = modules;
    }

    /**
     * The guardian's requests through {@code processKey} about the student, newest first, each turned into what the
     * family sees by {@code view} (called as the system, so it may use the other methods here).
     */
    public List<FamilyRequest> requests(
            String processKey, String guardianId, ClassYearKey student, Function<Asked, FamilyRequest> view) {
        return AsSystem.call(
                identity,
                () -> history
                        .createHistoricProcessInstanceQuery()
                        .processDefinitionKey(processKey)
                        .processInstanceBusinessKey(student.toString())
                        .variableValueEquals("requestedBy", guardianId)
                        .orderByProcessInstanceStartTime()
                        .desc()
                        .list()
                        .stream()
                        .map(p -> view.apply(new Asked(
                                p.getId(),
                                LocalDate.ofInstant(p.getStartTime().toInstant(), DanishDates.ZONE),
                                p.getEndTime() != null)))
                        .toList());
    }

    /**
     * The usual status of a request that arranges something: finished, the family's turn (with the time proposed),
     * the school's turn, or agreed.
     */
    public String status(Asked asked) {
        if (asked.finished()) {
            return "Afsluttet";
        }
        Optional<Meeting> meeting = meeting(asked.instanceId());
        return switch (turn(asked.instanceId())) {
            case FAMILY ->
                meeting.map(m -> "Klasseteamet foreslår " + m.label() + ". Svar under Opgaver til dig.")
                        .orElse("Venter på jeres svar under Opgaver til dig");
            case SCHOOL ->
                meeting.filter(Meeting::past)
                        .map(m -> "Holdt " + m.day() + "; klasseteamet skriver referatet")
                        .orElse(WAITING);
            case NOBODY ->
                meeting.map(m -> m.past() ? "Holdt " + m.day() : "Aftalt " + m.label())
                        .orElse(WAITING);
        };
    }

    /**
     * Whose move it is: a task offered to or assigned to a person by name (a guardian's) is the family's, a task for
     * a group (the class team, leadership) the school's; in the request's own instance and those it called.
     */
    public Turn turn(String instanceId) {
        List<String> running = family(instanceId).stream()
                .filter(p -> p.getEndTime() == null)
                .map(HistoricProcessInstance::getId)
                .toList();
        if (running.isEmpty()) {
            return Turn.NOBODY;
        }
        var open = tasks.createTaskQuery()
                .processInstanceIdIn(running.toArray(String[]::new))
                .list();
        if (open.isEmpty()) {
            return Turn.NOBODY;
        }
        for (var task : open) {
            List<IdentityLink> links = tasks.getIdentityLinksForTask(task.getId());
            boolean group = links.stream().anyMatch(l -> l.getGroupId() != null);
            boolean person = links.stream()
                    .anyMatch(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getUserId() != null);
            // a team task claimed by a teacher has an assignee too, but stays a group's task
            if (person || (!group && task.getAssignee() != null)) {
                return Turn.FAMILY;
            }
        }
        return Turn.SCHOOL;
    }

    /** The meeting set in the request or a process it called, through the variables its module names. */
    public Optional<Meeting> meeting(String instanceId) {
        for (HistoricProcessInstance p : family(instanceId)) {
            Optional<MeetingTimePlace> names = ProcessModule.find(
                            modules.orderedStream().toList(), p.getProcessDefinitionKey())
                    .flatMap(ProcessModule::meeting);
            if (names.isPresent() && variable(p.getId(), names.get().startVariable()) instanceof Date start) {
                Object place = variable(p.getId(), names.get().placeVariable());
                return Optional.of(new Meeting(
                        LocalDateTime.ofInstant(start.toInstant(), DanishDates.ZONE),
                        place == null ? null : place.toString()));
            }
        }
        return Optional.empty();
    }

    /** The end event a finished request ended at, by its BPMN id. */
    public Optional<String> endedAt(String instanceId) {
        return history
                .createHistoricActivityInstanceQuery()
                .processInstanceId(instanceId)
                .activityType("noneEndEvent")
                .finished()
                .orderByHistoricActivityInstanceEndTime()
                .desc()
                .list()
                .stream()
                .map(HistoricActivityInstance::getActivityId)
                .findFirst();
    }

    /** A variable of the instance itself (not a task's local one), or null. */
    public Object variable(String instanceId, String name) {
        return history
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instanceId)
                .variableName(name)
                .list()
                .stream()
                .filter(v -> v.getTaskId() == null)
                .map(HistoricVariableInstance::getValue)
                .findFirst()
                .orElse(null);
    }

    /** The instance and the instances it called, the called ones (where a meeting is agreed) first. */
    private List<HistoricProcessInstance> family(String instanceId) {
        List<HistoricProcessInstance> all = new ArrayList<>(history.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(instanceId)
                .list());
        all.addAll(history.createHistoricProcessInstanceQuery()
                .processInstanceId(instanceId)
                .list());
        return all;
    }
}
