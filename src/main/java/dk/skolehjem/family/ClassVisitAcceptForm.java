package dk.skolehjem.family;

import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormRule;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The family's answer to the proposed day ({@code class-visit-accept}): a checkbox, but it must be answered. */
@Component
class ClassVisitAcceptForm implements FormRule {

    @Override
    public Set<String> forms() {
        return Set.of("class-visit-accept");
    }

    @Override
    public void apply(FormAnswers answers) {
        answers.yesNo("dateAccepted");
    }
}
