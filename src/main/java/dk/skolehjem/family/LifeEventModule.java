package dk.skolehjem.family;

import dk.skolehjem.engine.FamilyRequest;
import dk.skolehjem.engine.FamilyRequestReader;
import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.engine.StartDoor;
import dk.skolehjem.roster.ClassYearKey;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** "Fortæl skolen om en stor ændring" (R15) as the rest of the product sees it: a door for guardians only. */
@Component
public class LifeEventModule implements ProcessModule {

    private final FamilyRequestReader requests;

    LifeEventModule(FamilyRequestReader requests) {
        this.requests = requests;
    }

    @Override
    public String key() {
        return "life-event";
    }

    @Override
    public List<String> resources() {
        return List.of(
                "processes/life-event.bpmn",
                "forms/choose-child.form",
                "forms/life-event-answer.form",
                "forms/life-event-follow-up.form",
                "forms/life-event-start.form");
    }

    @Override
    public List<StartDoor> startDoors() {
        return List.of(new StartDoor(
                "aendring",
                "Fortæl skolen om en stor ændring",
                "Fx skilsmisse, dødsfald eller alvorlig sygdom. Kun klasseteamet og skolens ledelse ser det, og "
                        + "klasseteamet svarer inden for to skoledage.",
                List.of("changeKind", "description"),
                Set.of(StartDoor.Starter.GUARDIAN)));
    }

    /** The guardian's messages about a big change: waiting for the team's answer, or answered. */
    @Override
    public List<FamilyRequest> requestsBy(String guardianId, ClassYearKey student) {
        return requests.requests(
                key(),
                guardianId,
                student,
                a -> new FamilyRequest(
                        "Besked om en stor ændring",
                        a.asked(),
                        a.finished() ? "Klasseteamet har svaret jer" : FamilyRequestReader.WAITING));
    }
}
