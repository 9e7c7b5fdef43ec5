package dk.skolehjem.conference;

import dk.skolehjem.engine.ProcessModule;
import java.util.List;
import org.springframework.stereotype.Component;

/** A class's conference round (R5, R7): the team publishes the times; each student's conference is its own process. */
@Component
public class ConferenceRoundModule implements ProcessModule {

    @Override
    public String key() {
        return "conference-round";
    }

    @Override
    public List<String> resources() {
        return List.of("processes/conference-round.bpmn", "forms/conference-round.form");
    }
}
