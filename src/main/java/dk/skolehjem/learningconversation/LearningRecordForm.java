package dk.skolehjem.learningconversation;

import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormRule;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The team's record of a learning conversation ({@code learning-record}): what the student showed and the feedback
 * when the family came; a new time or a reason when it did not.
 */
@Component
class LearningRecordForm implements FormRule {

    @Override
    public Set<String> forms() {
        return Set.of("learning-record");
    }

    @Override
    public void apply(FormAnswers answers) {
        if (answers.yesNo("attended")) {
            if (answers.checked("present").isEmpty()) {
                throw answers.refused("present", "skal udfyldes: sæt flueben ved dem, der deltog.");
            }
            answers.requiredText("shown");
            answers.requiredText("feedback");
            // "afsluttes med en aftale om det næste forløb": at least one agreement
            answers.requiredText("agreements");
            answers.requiredText("nextFocus");
        } else if (!answers.yesNo("newSlot")) {
            answers.requiredText("noShowReason");
        }
    }
}
