package dk.skolehjem.conference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.messagebook.EntrySource;
import dk.skolehjem.messagebook.GoalFields;
import dk.skolehjem.messagebook.MessageBookEntry;
import dk.skolehjem.messagebook.NewEntry;
import dk.skolehjem.minutes.DocumentKind;
import dk.skolehjem.minutes.Invitees;
import dk.skolehjem.minutes.MeetingDocument;
import dk.skolehjem.roster.ClassYearKey;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * After the conference: the message book entry (parents informed: yes, R10) and the minutes, built from the team's
 * record as the JSON the two steps write. Runs as the start listener of each step.
 */
@Component("conferenceDocuments")
class ConferenceDocuments implements ExecutionListener {

    static final String MEETING = "Skole-hjem-samtale";
    private final ObjectMapper json;
    private final Invitees invitees;

    ConferenceDocuments(ObjectMapper json, Invitees invitees) {
        this.json = json;
        this.invitees = invitees;
    }

    @Override
    public void notify(DelegateExecution e) throws JsonProcessingException {
        ClassYearKey key = ClassYearKey.parse(e.getProcessBusinessKey());
        LocalDateTime start =
                LocalDateTime.ofInstant(((Date) e.getVariable("conferenceStart")).toInstant(), DanishDates.ZONE);
        LocalDate day = start.toLocalDate();
        int grade = ((Number) e.getVariable("grade")).intValue();
        List<MessageBookEntry.Goal> goals = GoalFields.read(e, grade);
        List<MeetingDocument.Agreement> docAgreements = MeetingDocument.Agreement.fromLines(text(e, "agreements"));
        List<MessageBookEntry.Agreement> bookAgreements = docAgreements.stream()
                .map(a -> new MessageBookEntry.Agreement(a.who(), a.what(), a.byWhen()))
                .toList();
        List<String> present = Invitees.ticked(e.getVariable("present"));
        if ("write-message-book".equals(e.getCurrentActivityId())) {
            NewEntry entry = new NewEntry(
                    day,
                    EntrySource.CONFERENCE,
                    text(e, "strengths"),
                    goals,
                    bookAgreements,
                    text(e, "evaluation"),
                    true,
                    day,
                    text(e, "nextFocus"),
                    invitees.present(key, present));
            e.setVariable("messageBookEntry", json.writeValueAsString(entry));
            return;
        }
        List<MeetingDocument.AgendaItem> agenda = new ArrayList<>();
        agenda.add(new MeetingDocument.AgendaItem("Elevens styrker", text(e, "strengths")));
        agenda.add(new MeetingDocument.AgendaItem("Evaluering af tidligere mål", text(e, "evaluation")));
        StringBuilder goalText = new StringBuilder();
        goals.forEach(g ->
                goalText.append(g.area().danish()).append(": ").append(g.goal()).append('\n'));
        agenda.add(new MeetingDocument.AgendaItem("Mål", goalText.toString().trim()));
        agenda.add(new MeetingDocument.AgendaItem(
                "Elevens forberedelse",
                "Stolt af: " + orDash(text(e, "studentProud")) + "\nVil blive bedre til: "
                        + orDash(text(e, "studentImprove"))));
        MeetingDocument minutes = MeetingDocument.of(DocumentKind.MINUTES, MEETING)
                .school(text(e, "schoolName"))
                .classCode(key.classCode())
                .student(text(e, "studentName"))
                .date(day)
                .time(start.toLocalTime(), null)
                .place(text(e, "place"))
                .participants(invitees.participants(key, present, true))
                .agenda(agenda)
                .agreements(docAgreements)
                .nextFocus(text(e, "nextFocus"))
                .notes(
                        present.contains(Invitees.STUDENT) || text(e, "studentAbsentReason") == null
                                ? null
                                : "Eleven deltog ikke: " + text(e, "studentAbsentReason"))
                .build();
        e.setVariable("meetingDocument", dk.skolehjem.minutes.DocumentVariable.of(json.writeValueAsString(minutes)));
    }

    private static String orDash(String s) {
        return s == null ? "—" : s;
    }

    private static String text(DelegateExecution e, String name) {
        Object value = e.getVariable(name);
        return value instanceof String s && !s.isBlank() ? s.trim() : null;
    }
}
