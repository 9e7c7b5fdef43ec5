package dk.skolehjem.needstalk;

import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormRule;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The class team's own answer ({@code needs-talk-team}, R8): a wish for a talk says about what. */
@Component
class NeedsTalkTeamForm implements FormRule {

    @Override
    public Set<String> forms() {
        return Set.of("needs-talk-team");
    }

    @Override
    public void apply(FormAnswers answers) {
        if (answers.yesNo("teamWantsTalk")) {
            answers.requiredText("teamAbout");
        }
    }
}
