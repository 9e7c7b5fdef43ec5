package dk.skolehjem.family;

import dk.skolehjem.engine.FamilyRequest;
import dk.skolehjem.engine.FamilyRequestReader;
import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.engine.StartDoor;
import dk.skolehjem.roster.ClassYearKey;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** "Anmod om samtale" (R13) as the rest of the product sees it: a door for guardians and for the class team. */
@Component
public class TalkRequestModule implements ProcessModule {

    private final FamilyRequestReader requests;

    TalkRequestModule(FamilyRequestReader requests) {
        this.requests = requests;
    }

    @Override
    public String key() {
        return "talk-request";
    }

    @Override
    public List<String> resources() {
        return List.of("processes/talk-request.bpmn", "forms/choose-child.form", "forms/talk-request-start.form");
    }

    @Override
    public List<StartDoor> startDoors() {
        return List.of(new StartDoor(
                "samtale",
                "Anmod om samtale",
                "Klasseteamet foreslår en tid, og I kan sige ja eller foreslå en anden.",
                List.of("requestAbout"),
                Set.of(StartDoor.Starter.GUARDIAN, StartDoor.Starter.STAFF)));
    }

    /** The guardian's talk requests: waiting for the team, a time proposed, agreed, held. */
    @Override
    public List<FamilyRequest> requestsBy(String guardianId, ClassYearKey student) {
        return requests.requests(
                key(),
                guardianId,
                student,
                a -> new FamilyRequest("Anmodning om samtale", a.asked(), requests.status(a)));
    }
}
