package dk.skolehjem.parentmeeting;

import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormInput;
import dk.skolehjem.engine.FormRule;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The council's answer to the plan ({@code parent-meeting-approval}, R2): approved, or what the team must change. */
@Component
class ParentMeetingApprovalForm implements FormRule {

    @Override
    public Set<String> forms() {
        return Set.of("parent-meeting-approval");
    }

    @Override
    public void apply(FormAnswers answers) {
        if (!answers.yesNo("approved") && answers.text("changeRequest") == null) {
            throw FormInput.refused(
                    "Skriv i feltet '" + answers.label("changeRequest") + "', hvad klasseteamet skal ændre.");
        }
    }
}
