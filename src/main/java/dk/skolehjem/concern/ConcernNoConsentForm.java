package dk.skolehjem.concern;

import dk.skolehjem.engine.CodeList;
import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormRule;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Leadership decides without consent ({@code concern-no-consent}): a new meeting takes the case back to level 2. */
@Component
class ConcernNoConsentForm implements FormRule {

    private final ConcernCases cases;

    ConcernNoConsentForm(ConcernCases cases) {
        this.cases = cases;
    }

    @Override
    public Set<String> forms() {
        return Set.of("concern-no-consent");
    }

    @Override
    public List<CodeList> codeLists() {
        return List.of(CodeList.of("nextStep", NoConsentStep.class, "Vælg et af de næste skridt i listen."));
    }

    @Override
    public void apply(FormAnswers answers) {
        String next = answers.requiredText("nextStep");
        String reason = answers.requiredText("decisionReason");
        answers.set("closingNote", "Intet samtykke til PPR: " + reason);
        if (NoConsentStep.NYT_MOEDE.value().equals(next)) {
            cases.changeLevel(
                    answers.processInstanceId(),
                    3,
                    2,
                    "Intet samtykke til PPR; nyt møde med ledelsen: " + reason,
                    answers.completedBy());
            answers.set("level", 2);
        }
    }
}
