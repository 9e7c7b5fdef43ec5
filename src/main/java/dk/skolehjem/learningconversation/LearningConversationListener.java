package dk.skolehjem.learningconversation;

import dk.skolehjem.engine.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Server-side checks of the learning conversation's team forms: what the student will show, and the record (or the no-show). */
@Component("learningConversationListener")
class LearningConversationListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        switch (task.getTaskDefinitionKey()) {
            case "recordChoice" -> {
                in.requiredText("studentShows", "Det vil eleven vise", FormInput.MAX_TEXT);
                in.requiredText("studentWhy", "Hvorfor eleven har valgt det", FormInput.MAX_TEXT);
            }
            case "recordLearningConversation" -> {
                if (in.requiredChoice("attended", "Familien mødte op")) {
                    in.requiredText("shown", "Det viste eleven", FormInput.MAX_TEXT);
                    in.requiredText("feedback", "Feedback", FormInput.MAX_TEXT);
                    dk.skolehjem.messagebook.GoalFields.check(in);
                    in.optionalText("agreements", "Aftaler", FormInput.MAX_TEXT);
                } else if (!in.requiredChoice("newSlot", "Familien skal have en ny tid")) {
                    in.requiredText("noShowReason", "Begrundelse, hvis der ikke gives en ny tid", FormInput.MAX_TEXT);
                }
            }
            default -> throw new IllegalStateException("Ingen kontrol for opgaven " + task.getTaskDefinitionKey());
        }
    }
}
