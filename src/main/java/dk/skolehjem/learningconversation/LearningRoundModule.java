package dk.skolehjem.learningconversation;

import dk.skolehjem.engine.ProcessModule;
import java.util.List;
import org.springframework.stereotype.Component;

/** A class's round of learning conversations (R9): the team publishes the times; each student's conversation is its own process. */
@Component
public class LearningRoundModule implements ProcessModule {

    @Override
    public String key() {
        return "learning-round";
    }

    @Override
    public List<String> resources() {
        return List.of("processes/learning-round.bpmn", "forms/learning-round.form");
    }
}
