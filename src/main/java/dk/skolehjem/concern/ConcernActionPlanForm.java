package dk.skolehjem.concern;

import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormRule;
import dk.skolehjem.minutes.MeetingDocument;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The action plan after the network meeting ({@code concern-action-plan}): at least one action, and when to evaluate. */
@Component
class ConcernActionPlanForm implements FormRule {

    @Override
    public Set<String> forms() {
        return Set.of("concern-action-plan");
    }

    @Override
    public void apply(FormAnswers answers) {
        if (MeetingDocument.Agreement.fromLines(answers.requiredText("actions")).isEmpty()) {
            throw answers.refused("actions", "skal have mindst én handling.");
        }
        ConcernFollowUpDate.set(answers, "nextEvaluationDate");
    }
}
