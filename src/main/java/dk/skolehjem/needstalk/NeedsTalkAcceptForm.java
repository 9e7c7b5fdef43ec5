package dk.skolehjem.needstalk;

import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormRule;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The guardians' answer to the proposed time ({@code needs-talk-accept}): if it does not suit, which time does. */
@Component
class NeedsTalkAcceptForm implements FormRule {

    @Override
    public Set<String> forms() {
        return Set.of("needs-talk-accept");
    }

    @Override
    public void apply(FormAnswers answers) {
        if (!answers.yesNo("timeAccepted")) {
            answers.requiredText("alternativeTime");
        }
    }
}
