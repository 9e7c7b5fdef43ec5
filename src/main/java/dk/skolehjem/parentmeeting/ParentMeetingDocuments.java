package dk.skolehjem.parentmeeting;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.minutes.DocumentKind;
import dk.skolehjem.minutes.Invitees;
import dk.skolehjem.minutes.MeetingDocument;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.GroupIds;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Builds the parent meeting's documents (agenda request, invitation with agenda, minutes) from what the council and
 * the team entered, as the JSON the document step writes. Runs as the start listener of each document step.
 */
@Component("parentMeetingDocuments")
class ParentMeetingDocuments implements ExecutionListener {

    static final String MEETING = "Forældremøde";

    private final IdentityService identity;
    private final ObjectMapper json;
    private final ParentMeetingPlanner planner;
    private final PolicyRegistry policies;
    private final Invitees invitees;

    ParentMeetingDocuments(
            IdentityService identity,
            ObjectMapper json,
            ParentMeetingPlanner planner,
            PolicyRegistry policies,
            Invitees invitees) {
        this.identity = identity;
        this.json = json;
        this.planner = planner;
        this.policies = policies;
        this.invitees = invitees;
    }

    @Override
    public void notify(DelegateExecution execution) throws JsonProcessingException {
        ClassYearKey key = ClassYearKey.parse(execution.getProcessBusinessKey());
        MeetingDocument document = switch (execution.getCurrentActivityId()) {
            case "write-agenda-request" -> agendaRequest(execution, key);
            case "write-invitation" -> meeting(execution, key, DocumentKind.INVITATION);
            case "write-minutes" -> meeting(execution, key, DocumentKind.MINUTES);
            default -> throw new IllegalStateException("Intet dokument for " + execution.getCurrentActivityId());
        };
        execution.setVariable(
                "meetingDocument", dk.skolehjem.minutes.DocumentVariable.of(json.writeValueAsString(document)));
    }

    private MeetingDocument agendaRequest(DelegateExecution e, ClassYearKey key) {
        List<MeetingDocument.Participant> council =
                names(GroupIds.council(key.schoolId(), key.classCode()), "kontaktforælder");
        String due = DanishDates.full(local((Date) e.getVariable("councilDue")));
        return MeetingDocument.of(DocumentKind.AGENDA_REQUEST, MEETING)
                .school(text(e, "schoolName"))
                .classCode(key.classCode())
                .participants(council)
                .agenda(fixedAgenda(e))
                .notes("Klasseteamet beder klasseforældrerådet om ønsker til dagsordenen for årets "
                        + "forældremøde. Svar i Skole-hjem senest " + due + ".")
                .build();
    }

    private MeetingDocument meeting(DelegateExecution e, ClassYearKey key, DocumentKind kind) {
        LocalDate date = LocalDate.parse(text(e, "meetingDate").substring(0, 10));
        LocalTime start = LocalTime.parse(text(e, "meetingTime"));
        int minutes = ((Number) number(e.getVariable("meetingLength"))).intValue();
        // the fixed points come from the principle and the year plan, never from the team's text, so none is left out
        List<MeetingDocument.AgendaItem> agenda = ParentMeetingPlanner.agenda(fixedAgenda(e), optional(e, "agenda"));
        List<MeetingDocument.Participant> people =
                new ArrayList<>(names(GroupIds.team(key.schoolId(), key.classCode()), "klasseteam"));
        List<MeetingDocument.Agreement> agreements = new ArrayList<>();
        String notes = "Alle forældre med forældremyndighed i " + key.classCode() + " er inviteret.";
        if (kind == DocumentKind.MINUTES) {
            // those ticked among the invited: the class's guardians with custody and the team
            people = new ArrayList<>(invitees.participants(key, Invitees.ticked(e.getVariable("present")), false));
            agreements.addAll(MeetingDocument.Agreement.fromLines(optional(e, "agreements")));
            notes = optional(e, "decisions") == null ? null : "Beslutninger: " + optional(e, "decisions");
        }
        return MeetingDocument.of(kind, MEETING)
                .school(text(e, "schoolName"))
                .classCode(key.classCode())
                .date(date)
                .time(start, start.plusMinutes(minutes))
                .place(text(e, "place"))
                .participants(people)
                .agenda(agenda)
                .agreements(agreements)
                .notes(notes)
                .build();
    }

    private List<MeetingDocument.AgendaItem> fixedAgenda(DelegateExecution e) {
        return planner.fixedAgenda(
                policies.orDefault(e.getVariable("policyId")),
                optional(e, "conferencePlan"),
                optional(e, "projectWork"),
                optional(e, "themeWeeks"),
                optional(e, "otherEvents"));
    }

    private List<MeetingDocument.Participant> names(String group, String role) {
        return identity.createUserQuery().memberOfGroup(group).orderByUserLastName().asc().list().stream()
                .map(u ->
                        new MeetingDocument.Participant((u.getFirstName() + " " + u.getLastName()).trim(), role, true))
                .toList();
    }

    private static Object number(Object value) {
        return value instanceof String s ? Integer.valueOf(s.trim()) : value;
    }

    private static LocalDate local(Date date) {
        return date.toInstant().atZone(DanishDates.ZONE).toLocalDate();
    }

    private static String text(DelegateExecution e, String name) {
        Object value = e.getVariable(name);
        return value == null ? "" : value.toString();
    }

    private static String optional(DelegateExecution e, String name) {
        Object value = e.getVariable(name);
        return value instanceof String s && !s.isBlank() ? s.trim() : null;
    }
}
