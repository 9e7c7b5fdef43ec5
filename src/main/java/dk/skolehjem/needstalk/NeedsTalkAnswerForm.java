package dk.skolehjem.needstalk;

import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormRule;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The guardians' answer to the offer of a needs-based talk ({@code needs-talk-answer}, R8): a wish says about what. */
@Component
class NeedsTalkAnswerForm implements FormRule {

    @Override
    public Set<String> forms() {
        return Set.of("needs-talk-answer");
    }

    @Override
    public void apply(FormAnswers answers) {
        if (answers.yesNo("wantTalk")) {
            answers.requiredText("guardiansAbout");
        }
    }
}
