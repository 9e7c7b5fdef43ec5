package dk.skolehjem.learningconversation;

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
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * After the student-led conversation: the year's second "parents informed" in the message book (R10) and the
 * minutes, from what the student showed, the feedback and the goals.
 */
@Component("learningDocuments")
class LearningDocuments implements ExecutionListener {

    private final ObjectMapper json;
    private final Invitees invitees;

    LearningDocuments(ObjectMapper json, Invitees invitees) {
        this.json = json;
        this.invitees = invitees;
    }

    @Override
    public void notify(DelegateExecution e) throws JsonProcessingException {
        ClassYearKey key = ClassYearKey.parse(e.getProcessBusinessKey());
        LocalDateTime start =
                LocalDateTime.ofInstant(((Date) e.getVariable("conferenceStart")).toInstant(), DanishDates.ZONE);
        int grade = ((Number) e.getVariable("grade")).intValue();
        List<MessageBookEntry.Goal> goals = GoalFields.read(e, grade);
        List<MeetingDocument.Agreement> agreements = MeetingDocument.Agreement.fromLines(text(e, "agreements"));
        List<String> present = Invitees.ticked(e.getVariable("present"));
        if ("write-message-book".equals(e.getCurrentActivityId())) {
            NewEntry entry = new NewEntry(
                    start.toLocalDate(),
                    EntrySource.LEARNING_CONVERSATION,
                    "Viste: " + text(e, "shown"),
                    goals,
                    agreements.stream()
                            .map(a -> new MessageBookEntry.Agreement(a.who(), a.what(), a.byWhen()))
                            .toList(),
                    text(e, "feedback"),
                    true,
                    start.toLocalDate(),
                    text(e, "nextFocus"),
                    invitees.present(key, present));
            e.setVariable("messageBookEntry", json.writeValueAsString(entry));
            return;
        }
        StringBuilder goalText = new StringBuilder();
        goals.forEach(g ->
                goalText.append(g.area().danish()).append(": ").append(g.goal()).append('\n'));
        List<MeetingDocument.AgendaItem> agenda = List.of(
                new MeetingDocument.AgendaItem(
                        "Elevens valg", text(e, "studentShows") + "\nHvorfor: " + text(e, "studentWhy")),
                new MeetingDocument.AgendaItem("Det viste eleven", text(e, "shown")),
                new MeetingDocument.AgendaItem("Feedback", text(e, "feedback")),
                new MeetingDocument.AgendaItem("Mål", goalText.toString().trim()));
        MeetingDocument minutes = MeetingDocument.of(DocumentKind.MINUTES, "Elevstyret læringssamtale")
                .school(text(e, "schoolName"))
                .classCode(key.classCode())
                .student(text(e, "studentName"))
                .date(start.toLocalDate())
                .time(start.toLocalTime(), null)
                .place(text(e, "place"))
                .participants(invitees.participants(key, present, true))
                .agenda(agenda)
                .agreements(agreements)
                .nextFocus(text(e, "nextFocus"))
                .build();
        e.setVariable("meetingDocument", dk.skolehjem.minutes.DocumentVariable.of(json.writeValueAsString(minutes)));
    }

    private static String text(DelegateExecution e, String name) {
        Object value = e.getVariable(name);
        return value instanceof String s && !s.isBlank() ? s.trim() : null;
    }
}
