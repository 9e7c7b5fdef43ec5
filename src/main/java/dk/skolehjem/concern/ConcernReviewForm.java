package dk.skolehjem.concern;

import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormRule;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Leadership's review ({@code concern-review}): the level it chose, with a reason when it is not the suggested one. */
@Component
class ConcernReviewForm implements FormRule {

    private final ConcernCases cases;

    ConcernReviewForm(ConcernCases cases) {
        this.cases = cases;
    }

    @Override
    public Set<String> forms() {
        return Set.of("concern-review");
    }

    @Override
    public void apply(FormAnswers answers) {
        int suggested = ((Number) answers.variable("suggestedLevel")).intValue();
        int chosen = answers.requiredNumber("chosenLevel");
        String id = answers.processInstanceId();
        if (chosen != suggested) {
            String reason = answers.requiredText("levelReason");
            cases.changeLevel(id, suggested, chosen, "Ledelsen ændrede niveauet: " + reason, answers.completedBy());
        } else {
            String note = answers.text("levelReason");
            cases.changeLevel(
                    id,
                    suggested,
                    chosen,
                    "Ledelsen bekræftede niveauet" + (note == null ? "" : ": " + note),
                    answers.completedBy());
        }
        answers.set("level", chosen);
    }
}
