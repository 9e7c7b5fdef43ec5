package dk.skolehjem.needstalk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.messagebook.EntrySource;
import dk.skolehjem.messagebook.MessageBookEntry;
import dk.skolehjem.messagebook.NewEntry;
import dk.skolehjem.minutes.DocumentKind;
import dk.skolehjem.minutes.Invitees;
import dk.skolehjem.minutes.MeetingDocument;
import dk.skolehjem.roster.ClassYearKey;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** After the talk: the message book entry and the minutes, from the team's record. */
@Component("needsTalkDocuments")
class NeedsTalkDocuments implements ExecutionListener {

    private final ObjectMapper json;
    private final Invitees invitees;

    NeedsTalkDocuments(ObjectMapper json, Invitees invitees) {
        this.json = json;
        this.invitees = invitees;
    }

    @Override
    public void notify(DelegateExecution e) throws JsonProcessingException {
        ClassYearKey key = ClassYearKey.parse(e.getProcessBusinessKey());
        LocalDateTime start =
                LocalDateTime.ofInstant(((Date) e.getVariable("talkStart")).toInstant(), DanishDates.ZONE);
        List<MeetingDocument.Agreement> doc = MeetingDocument.Agreement.fromLines(text(e, "agreements"));
        List<MessageBookEntry.Agreement> book = doc.stream()
                .map(a -> new MessageBookEntry.Agreement(a.who(), a.what(), a.byWhen()))
                .toList();
        List<String> present = Invitees.ticked(e.getVariable("present"));
        if ("write-message-book".equals(e.getCurrentActivityId())) {
            String strengths = text(e, "strengths");
            NewEntry entry = new NewEntry(
                    start.toLocalDate(),
                    EntrySource.NEEDS_TALK,
                    strengths != null ? strengths : text(e, "summary"),
                    List.of(),
                    book,
                    null,
                    false,
                    null,
                    text(e, "nextFocus"),
                    invitees.present(key, present));
            e.setVariable("messageBookEntry", json.writeValueAsString(entry));
            return;
        }
        List<MeetingDocument.AgendaItem> agenda = new ArrayList<>();
        if (text(e, "guardiansAbout") != null) {
            agenda.add(new MeetingDocument.AgendaItem("Forældrenes ønske", text(e, "guardiansAbout")));
        }
        if (text(e, "teamAbout") != null) {
            agenda.add(new MeetingDocument.AgendaItem("Klasseteamets ønske", text(e, "teamAbout")));
        }
        if (text(e, "requestAbout") != null) {
            agenda.add(new MeetingDocument.AgendaItem("Anmodning", text(e, "requestAbout")));
        }
        agenda.add(new MeetingDocument.AgendaItem("Samtalen", text(e, "summary")));
        MeetingDocument minutes = MeetingDocument.of(DocumentKind.MINUTES, "Behovssamtale")
                .school(text(e, "schoolName"))
                .classCode(key.classCode())
                .student(text(e, "studentName"))
                .date(start.toLocalDate())
                .time(start.toLocalTime(), null)
                .place(text(e, "talkPlace"))
                .participants(invitees.participants(key, present, true))
                .agenda(agenda)
                .agreements(doc)
                .nextFocus(text(e, "nextFocus"))
                .build();
        e.setVariable("meetingDocument", dk.skolehjem.minutes.DocumentVariable.of(json.writeValueAsString(minutes)));
    }

    private static String text(DelegateExecution e, String name) {
        Object value = e.getVariable(name);
        return value instanceof String s && !s.isBlank() ? s.trim() : null;
    }
}
