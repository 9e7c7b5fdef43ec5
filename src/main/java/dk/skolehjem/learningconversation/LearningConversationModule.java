package dk.skolehjem.learningconversation;

import dk.skolehjem.engine.MeetingTimePlace;
import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.minutes.DocumentKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * One student's learning conversation (R9, R10) as the rest of the product sees it: booked like a conference (its
 * booking step sets the same variables), so the time is on the calendar and in the booking e-mail.
 */
@Component
public class LearningConversationModule implements ProcessModule {

    @Override
    public String key() {
        return "learning-conversation";
    }

    @Override
    public List<String> resources() {
        return List.of(
                "processes/learning-conversation.bpmn",
                "forms/conference-assign.form",
                "forms/learning-booking.form",
                "forms/learning-choice.form",
                "forms/learning-record.form");
    }

    @Override
    public Optional<MeetingTimePlace> meeting() {
        return Optional.of(
                new MeetingTimePlace("Elevstyret læringssamtale", "conferenceStart", "place", "slotMinutes", false));
    }

    @Override
    public Set<DocumentKind> documents() {
        return Set.of(DocumentKind.MINUTES);
    }
}
