package dk.skolehjem.conference;

import dk.skolehjem.engine.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Server-side checks of the team's conference forms: preparing with the student and the record afterwards. */
@Component("conferenceRecordListener")
class ConferenceRecordListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        switch (task.getTaskDefinitionKey()) {
            case "prepareWithStudent" -> {
                in.requiredText("studentProud", "Det er eleven stolt af", FormInput.MAX_TEXT);
                in.requiredText("studentImprove", "Det vil eleven gerne blive bedre til", FormInput.MAX_TEXT);
            }
            case "recordConference" -> {
                boolean attended = in.requiredChoice("attended", "Mødte familien op?");
                if (attended) {
                    in.requiredText("strengths", "Elevens styrker", FormInput.MAX_TEXT);
                    in.optionalText("evaluation", "Evaluering af tidligere mål", FormInput.MAX_TEXT);
                    in.requiredText("nextFocus", "Næste fokuspunkt", 2000);
                    in.optionalText("agreements", "Aftaler", FormInput.MAX_TEXT);
                    dk.skolehjem.messagebook.GoalFields.check(in);
                    if (Boolean.TRUE.equals(task.getVariable("concern"))) {
                        in.requiredText("concernNote", "Hvad bekymrer jer?", FormInput.MAX_TEXT);
                    }
                } else {
                    boolean newSlot = in.requiredChoice("newSlot", "Skal familien have en ny tid?");
                    if (!newSlot) {
                        in.requiredText("noShowReason", "Begrundelse", FormInput.MAX_TEXT);
                    }
                }
            }
            default -> throw new IllegalStateException("Ingen kontrol for opgaven " + task.getTaskDefinitionKey());
        }
    }
}
