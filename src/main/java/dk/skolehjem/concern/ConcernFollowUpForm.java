package dk.skolehjem.concern;

import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormRule;
import java.util.Set;
import org.springframework.stereotype.Component;

/** A follow-up ({@code concern-follow-up}, after the dialogue or the meeting): unresolved moves the case a level up. */
@Component
class ConcernFollowUpForm implements FormRule {

    private final ConcernCases cases;

    ConcernFollowUpForm(ConcernCases cases) {
        this.cases = cases;
    }

    @Override
    public Set<String> forms() {
        return Set.of("concern-follow-up");
    }

    @Override
    public void apply(FormAnswers answers) {
        boolean resolved = answers.yesNo("resolved");
        // the gateways read a yes/no value, not the radio's "ja"/"nej"
        answers.set("resolved", resolved);
        String note = answers.requiredText("followUpNote");
        answers.set("closingNote", note);
        if (!resolved) {
            int level = ((Number) answers.variable("level")).intValue();
            cases.changeLevel(
                    answers.processInstanceId(),
                    level,
                    level + 1,
                    "Ikke løst ved opfølgningen: " + note,
                    answers.completedBy());
            answers.set("level", level + 1);
        }
    }
}
