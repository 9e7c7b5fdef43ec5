package dk.skolehjem.family;

import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.engine.StartDoor;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** "Besøg i klassen" (R16) as the rest of the product sees it: a door for guardians only, who speak for their family. */
@Component
public class ClassVisitModule implements ProcessModule {

    @Override
    public String key() {
        return "class-visit";
    }

    @Override
    public List<String> resources() {
        return List.of(
                "processes/class-visit.bpmn",
                "forms/choose-child.form",
                "forms/class-visit-accept.form",
                "forms/class-visit-answer.form",
                "forms/class-visit-start.form");
    }

    @Override
    public List<StartDoor> startDoors() {
        return List.of(new StartDoor(
                "besoeg",
                "Besøg i klassen",
                "Klasseteamet svarer med en dag, der passer, eller foreslår en anden.",
                List.of("wishedDate", "purpose"),
                Set.of(StartDoor.Starter.GUARDIAN)));
    }
}
