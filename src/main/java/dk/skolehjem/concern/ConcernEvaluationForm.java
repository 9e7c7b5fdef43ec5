package dk.skolehjem.concern;

import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormRule;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Evaluating the action plan ({@code concern-evaluation}): close the case, or say when to evaluate next. */
@Component
class ConcernEvaluationForm implements FormRule {

    @Override
    public Set<String> forms() {
        return Set.of("concern-evaluation");
    }

    @Override
    public void apply(FormAnswers answers) {
        String evaluation = answers.requiredText("evaluation");
        boolean close = answers.yesNo("closeCase");
        // the gateway reads a yes/no value, not the radio's "ja"/"nej"
        answers.set("closeCase", close);
        answers.set("closingNote", evaluation);
        if (!close) {
            ConcernFollowUpDate.set(answers, "nextEvaluationDate");
        }
    }
}
