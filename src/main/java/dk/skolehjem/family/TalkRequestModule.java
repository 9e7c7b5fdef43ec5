package dk.skolehjem.family;

import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.engine.StartDoor;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** "Anmod om samtale" (R13) as the rest of the product sees it: a door for guardians and for the class team. */
@Component
public class TalkRequestModule implements ProcessModule {

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
}
