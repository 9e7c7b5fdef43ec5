package dk.skolehjem.conference;

import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormRule;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The team's record of a conference ({@code conference-record}): the fields the form shows for a conference held,
 * or for a no-show, are the ones that must be filled in; a concern needs a note.
 */
@Component
class ConferenceRecordForm implements FormRule {

    @Override
    public Set<String> forms() {
        return Set.of("conference-record");
    }

    @Override
    public void apply(FormAnswers answers) {
        if (answers.yesNo("attended")) {
            answers.requiredText("strengths");
            answers.requiredText("nextFocus");
            // "afsluttes med en aftale om det næste forløb": at least one agreement
            answers.requiredText("agreements");
            if (answers.ticked("concern")) {
                answers.requiredText("concernNote");
            }
        } else if (!answers.yesNo("newSlot")) {
            answers.requiredText("noShowReason");
        }
    }
}
