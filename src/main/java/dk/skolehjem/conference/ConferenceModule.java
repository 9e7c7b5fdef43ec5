package dk.skolehjem.conference;

import dk.skolehjem.engine.MeetingTimePlace;
import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.minutes.DocumentKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** One student's school-home conference (R5-R7) as the rest of the product sees it: the booked time on the calendar and in the booking e-mail. */
@Component
public class ConferenceModule implements ProcessModule {

    @Override
    public String key() {
        return "conference";
    }

    @Override
    public List<String> resources() {
        return List.of(
                "processes/conference.bpmn",
                "forms/conference-assign.form",
                "forms/conference-prepare.form",
                "forms/conference-record.form",
                "forms/pre-conference.form");
    }

    @Override
    public Optional<MeetingTimePlace> meeting() {
        return Optional.of(
                new MeetingTimePlace("Skole-hjem-samtale", "conferenceStart", "place", "slotMinutes", false));
    }

    @Override
    public Set<DocumentKind> documents() {
        return Set.of(DocumentKind.MINUTES);
    }
}
