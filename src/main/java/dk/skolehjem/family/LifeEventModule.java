package dk.skolehjem.family;

import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.engine.StartDoor;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** "Fortæl skolen om en stor ændring" (R15) as the rest of the product sees it: a door for guardians only. */
@Component
public class LifeEventModule implements ProcessModule {

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
}
