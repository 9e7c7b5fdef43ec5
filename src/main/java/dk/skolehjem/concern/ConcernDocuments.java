package dk.skolehjem.concern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.minutes.DocumentKind;
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
 * The concern's documents (L9), each from the step's own answers: the dialogue's and the meeting's minutes, the
 * guardians' consent (internal), the action plan and each follow-up. What the guardians receive holds what was
 * said and agreed with them, never the triage inputs or PPR's preparation.
 */
@Component("concernDocuments")
class ConcernDocuments implements ExecutionListener {

    private final ObjectMapper json;
    private final ConcernCases cases;

    ConcernDocuments(ObjectMapper json, ConcernCases cases) {
        this.json = json;
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution e) throws JsonProcessingException {
        ClassYearKey key = ClassYearKey.parse(e.getProcessBusinessKey());
        String school = text(e, "schoolName");
        String student = text(e, "studentName");
        LocalDate today = EngineDates.today();
        MeetingDocument document = switch (e.getCurrentActivityId()) {
            case "write-dialogue-minutes" ->
                MeetingDocument.of(DocumentKind.MINUTES, "Samtale om en bekymring")
                        .school(school)
                        .classCode(key.classCode())
                        .student(student)
                        .date(LocalDate.parse(text(e, "contactDate").substring(0, 10)))
                        .place("moede".equals(text(e, "contactedHow")) ? "Møde" : "Telefon")
                        .agenda(List.of(new MeetingDocument.AgendaItem("Samtalen", text(e, "summary"))))
                        .agreements(MeetingDocument.Agreement.fromLines(text(e, "agreements")))
                        .nextMeeting(followUp(e, "Opfølgning"))
                        .build();
            case "write-meeting-minutes" -> {
                LocalDateTime start = start(e);
                yield MeetingDocument.of(DocumentKind.MINUTES, "Møde med ledelsen om en bekymring")
                        .school(school)
                        .classCode(key.classCode())
                        .student(student)
                        .date(start.toLocalDate())
                        .time(start.toLocalTime(), null)
                        .place(text(e, "meetingPlace"))
                        .agenda(List.of(new MeetingDocument.AgendaItem("Mødet", text(e, "meetingSummary"))))
                        .agreements(MeetingDocument.Agreement.fromLines(text(e, "agreements")))
                        .nextMeeting(followUp(e, "Opfølgning"))
                        .build();
            }
            case "write-consent-record" -> {
                List<MeetingDocument.AgendaItem> answers = new ArrayList<>();
                for (ConcernCases.Consent c : cases.consents(e.getProcessInstanceId())) {
                    String view = (c.guardianView() == null ? "" : " Forælderens syn: " + c.guardianView() + ".")
                            + (c.studentView() == null ? "" : " Barnets syn: " + c.studentView() + ".");
                    answers.add(new MeetingDocument.AgendaItem(
                            c.guardianName(),
                            (c.given() ? "Giver samtykke" : "Giver ikke samtykke") + " ("
                                    + DanishDates.day(c.answeredAt()
                                            .toInstant()
                                            .atZone(DanishDates.ZONE)
                                            .toLocalDate()) + ")." + view));
                }
                yield MeetingDocument.of(DocumentKind.CONSENT_RECORD, "Inddragelse af PPR")
                        .school(school)
                        .classCode(key.classCode())
                        .student(student)
                        .date(today)
                        .agenda(answers)
                        .notes(
                                Boolean.TRUE.equals(e.getVariable("consentGiven"))
                                        ? "Alle forældre med forældremyndighed har givet samtykke."
                                        : "Der er ikke samtykke fra alle forældre med forældremyndighed; PPR inddrages ikke.")
                        .build();
            }
            case "write-action-plan" -> {
                LocalDateTime start = start(e);
                List<MeetingDocument.Participant> people = new ArrayList<>(List.of(
                        new MeetingDocument.Participant("Forældrene", "forældre", true),
                        new MeetingDocument.Participant("Klasseteamet", "klasseteam", true),
                        new MeetingDocument.Participant("Skolens ledelse", "ledelse", true),
                        new MeetingDocument.Participant("PPR", "pædagogisk psykologisk rådgivning", true)));
                people.addAll(ExternalParticipants.parse(text(e, "externalParticipants")));
                yield MeetingDocument.of(DocumentKind.ACTION_PLAN, "Netværksmøde")
                        .school(school)
                        .classCode(key.classCode())
                        .student(student)
                        .date(start.toLocalDate())
                        .time(start.toLocalTime(), null)
                        .place(text(e, "meetingPlace"))
                        .participants(people)
                        .agenda(List.of(new MeetingDocument.AgendaItem("Mål", text(e, "goals"))))
                        .agreements(MeetingDocument.Agreement.fromLines(text(e, "actions")))
                        .nextMeeting(followUp(e, "Næste evaluering"))
                        .build();
            }
            case "write-evaluation-minutes" ->
                MeetingDocument.of(DocumentKind.MINUTES, "Opfølgning på handleplanen")
                        .school(school)
                        .classCode(key.classCode())
                        .student(student)
                        .date(today)
                        .agenda(List.of(new MeetingDocument.AgendaItem("Evaluering", text(e, "evaluation"))))
                        .nextMeeting(
                                Boolean.TRUE.equals(e.getVariable("closeCase"))
                                        ? null
                                        : followUp(e, "Næste evaluering"))
                        .notes(Boolean.TRUE.equals(e.getVariable("closeCase")) ? "Sagen lukkes." : null)
                        .build();
            default -> throw new IllegalStateException("Intet dokument for trinnet " + e.getCurrentActivityId());
        };
        e.setVariableLocal("meetingDocument", json.writeValueAsString(document));
    }

    private static LocalDateTime start(DelegateExecution e) {
        return LocalDateTime.ofInstant(((Date) e.getVariable("meetingStart")).toInstant(), DanishDates.ZONE);
    }

    private static String followUp(DelegateExecution e, String label) {
        if (!(e.getVariable("followUpAt") instanceof Date at)) {
            return null;
        }
        return label + ": "
                + DanishDates.full(at.toInstant().atZone(DanishDates.ZONE).toLocalDate());
    }

    private static String text(DelegateExecution e, String name) {
        Object value = e.getVariable(name);
        return value instanceof String s && !s.isBlank() ? s.trim() : null;
    }
}
