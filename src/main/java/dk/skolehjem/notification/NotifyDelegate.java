package dk.skolehjem.notification;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.minutes.CaseInvitations;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.GroupIds;
import dk.skolehjem.roster.RosterRepository;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * A process step that tells a group of people something. Input parameters: {@code notifyAudience}
 * ({@link Audience}), {@code notificationKind}, {@code notificationSubject}, {@code notificationBody} and optionally
 * {@code notificationDocument} (a document id; the message links to it) and {@code notificationStaffLink} (where staff
 * told about a family's meeting are sent). The class and school come from the
 * business key; the student from {@code studentId}.
 */
@Component("notifyDelegate")
public class NotifyDelegate implements JavaDelegate {

    /** Who is told. */
    public enum Audience {
        GUARDIANS_OF_CLASS,
        GUARDIANS_OF_STUDENT,
        COUNCIL,
        TEAM,
        LEADERSHIP,
        /** A meeting about one student: the guardians with custody, the class team and whoever is invited to the case (PPR). */
        MEETING_PARTICIPANTS
    }

    private final NotificationPort port;
    private final RosterRepository roster;
    private final IdentityService identity;
    private final CaseInvitations invitations;
    /** Which variables give a process's meeting, for the booking's calendar file. */
    private final List<ProcessModule> modules;

    NotifyDelegate(
            NotificationPort port,
            RosterRepository roster,
            IdentityService identity,
            CaseInvitations invitations,
            List<ProcessModule> modules) {
        this.port = port;
        this.roster = roster;
        this.identity = identity;
        this.invitations = invitations;
        this.modules = modules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ClassYearKey key = ClassYearKey.parse(execution.getProcessBusinessKey());
        Audience audience = Audience.valueOf(local(execution, "notifyAudience"));
        String document = (String) execution.getVariableLocal("notificationDocument");
        String link = document == null ? "/foraeldre" : "/api/minutes/" + document;
        NotificationKind kind = NotificationKind.valueOf(local(execution, "notificationKind"));
        Notification.Event event = kind == NotificationKind.BOOKING_CONFIRMED ? event(execution, modules) : null;
        Object staffLink = execution.getVariableLocal("notificationStaffLink");
        Set<String> guardians = audience == Audience.MEETING_PARTICIPANTS
                ? recipients(Audience.GUARDIANS_OF_STUDENT, key, (String) execution.getVariable("studentId"))
                : Set.of();
        for (String recipient : recipients(
                audience, key, (String) execution.getVariable("studentId"), execution.getProcessInstanceId())) {
            // staff at a family's meeting get their own way in (e.g. the case page), not the parent page
            String to = staffLink != null && audience == Audience.MEETING_PARTICIPANTS && !guardians.contains(recipient)
                    ? staffLink.toString()
                    : link;
            port.send(new Notification(
                    recipient,
                    kind,
                    local(execution, "notificationSubject"),
                    local(execution, "notificationBody"),
                    to,
                    execution.getProcessInstanceId(),
                    document,
                    event));
        }
    }

    /** The booked meeting for the family's calendar, when the process knows it (its module names the variables). */
    private static Notification.Event event(DelegateExecution execution, List<ProcessModule> modules) {
        var meeting = ProcessModule.find(modules, ProcessModule.keyOf(execution.getProcessDefinitionId()))
                .flatMap(ProcessModule::meeting);
        if (meeting.isEmpty()
                || !(execution.getVariable(meeting.get().startVariable()) instanceof java.util.Date start)) {
            return null;
        }
        Object minutes = meeting.get().minutesVariable() == null
                ? null
                : execution.getVariable(meeting.get().minutesVariable());
        Object place = execution.getVariable(meeting.get().placeVariable());
        return new Notification.Event(
                start.toInstant().atZone(DanishDates.ZONE).toLocalDateTime(),
                minutes instanceof Number n ? n.intValue() : 20,
                place == null ? null : place.toString());
    }

    Set<String> recipients(Audience audience, ClassYearKey key, String studentId) {
        return recipients(audience, key, studentId, null);
    }

    Set<String> recipients(Audience audience, ClassYearKey key, String studentId, String processInstanceId) {
        Set<String> ids = new LinkedHashSet<>();
        switch (audience) {
            case MEETING_PARTICIPANTS -> {
                ids.addAll(recipients(Audience.GUARDIANS_OF_STUDENT, key, studentId));
                // the team of the student's class now: a meeting can come after the school year in the key
                String student = key.studentId() != null ? key.studentId() : studentId;
                roster.student(key.schoolId(), student)
                        .filter(RosterRepository.StudentRow::active)
                        .ifPresent(s -> members(GroupIds.team(key.schoolId(), s.classCode()), ids));
                if (invitations != null && processInstanceId != null) {
                    ids.addAll(invitations.invited(processInstanceId));
                }
            }
            case GUARDIANS_OF_CLASS -> ids.addAll(roster.custodyGuardiansOfClass(key.schoolId(), key.classCode()));
            case GUARDIANS_OF_STUDENT ->
                ids.addAll(roster.custodyGuardiansOfStudent(
                        key.schoolId(), key.studentId() != null ? key.studentId() : studentId));
            case COUNCIL -> members(GroupIds.council(key.schoolId(), key.classCode()), ids);
            case TEAM -> members(GroupIds.team(key.schoolId(), key.classCode()), ids);
            case LEADERSHIP -> members(GroupIds.leadership(key.schoolId()), ids);
        }
        return ids;
    }

    private void members(String group, Set<String> ids) {
        identity.createUserQuery().memberOfGroup(group).list().stream()
                .map(User::getId)
                .forEach(ids::add);
    }

    private static String local(DelegateExecution execution, String name) {
        Object value = execution.getVariableLocal(name);
        if (value == null) {
            throw new IllegalStateException("Beskedtrinnet mangler inputparameteren " + name);
        }
        return value.toString();
    }
}
