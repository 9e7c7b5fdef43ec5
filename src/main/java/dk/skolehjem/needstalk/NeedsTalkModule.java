package dk.skolehjem.needstalk;

import dk.skolehjem.engine.Evidence;
import dk.skolehjem.engine.MeetingTimePlace;
import dk.skolehjem.engine.Occurrence;
import dk.skolehjem.engine.OutcomeCount;
import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.minutes.DocumentKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The needs-based talk (R8, R13) as the rest of the product sees it: its talk on the calendar and its outcome in the year summary. */
@Component
public class NeedsTalkModule implements ProcessModule {

    @Override
    public String key() {
        return "needs-talk";
    }

    @Override
    public List<String> resources() {
        return List.of(
                "processes/needs-talk.bpmn",
                "forms/needs-talk-accept.form",
                "forms/needs-talk-answer.form",
                "forms/needs-talk-propose.form",
                "forms/needs-talk-record.form",
                "forms/needs-talk-team.form");
    }

    @Override
    public Optional<MeetingTimePlace> meeting() {
        return Optional.of(new MeetingTimePlace("Behovssamtale", "talkStart", "talkPlace", null, false));
    }

    @Override
    public Set<DocumentKind> documents() {
        return Set.of(DocumentKind.MINUTES);
    }

    /** A talk offered that nobody wanted leaves no minutes, only where it ended ("Tilbudt, ikke ønsket"). */
    @Override
    public Optional<OutcomeCount> outcomes() {
        return Optional.of(new OutcomeCount(
                "Behovssamtaler",
                "Ingen behovssamtaler tilbudt eller ønsket i skoleåret.",
                "Tilbudt, men hverken forældre eller klasseteam ønskede en samtale",
                Map.of("end-needs-talk", OutcomeCount.Outcome.HELD, "end-declined", OutcomeCount.Outcome.DECLINED)));
    }

    /** Offered when the family was asked (whatever it answered), held when the team wrote the talk's record. */
    @Override
    public List<Evidence> evidence() {
        return List.of(
                Evidence.started(Occurrence.What.NEEDS_TALK_OFFERED, "guardiansAnswer"),
                Evidence.passed(Occurrence.What.NEEDS_TALK_HELD, "recordTalk"));
    }
}
