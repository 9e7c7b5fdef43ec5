package dk.skolehjem.concern;

import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormInput;
import dk.skolehjem.engine.FormRule;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Leadership confirms an underretning was sent ({@code concern-underretning}, L5); the case records who and when. */
@Component
class ConcernUnderretningForm implements FormRule {

    private final ConcernCases cases;

    ConcernUnderretningForm(ConcernCases cases) {
        this.cases = cases;
    }

    @Override
    public Set<String> forms() {
        return Set.of("concern-underretning");
    }

    @Override
    public void apply(FormAnswers answers) {
        if (!answers.ticked("underretningSent")) {
            throw FormInput.refused("Sæt kryds i '" + answers.label("underretningSent") + "', når den er sendt.");
        }
        cases.checkUnderretning(answers.processInstanceId(), answers.completedBy(), answers.text("underretningNote"));
    }
}
