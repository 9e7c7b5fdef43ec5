package dk.skolehjem.parentmeeting;

import dk.skolehjem.engine.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Server-side checks of the parent meeting's other forms: the council's wishes and answer, the minutes, the follow-up. */
@Component("parentMeetingFormsListener")
class ParentMeetingFormsListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        switch (task.getTaskDefinitionKey()) {
            case "sendWishes" -> {
                in.optionalText("councilWishes", "Ønsker til dagsordenen", FormInput.MAX_TEXT);
                in.optionalText("councilQuestions", "Spørgsmål til klasseteamet", FormInput.MAX_TEXT);
            }
            case "approveMeeting" -> {
                boolean approved = in.requiredChoice("approved", "Kan I godkende mødet?");
                String change = in.optionalText("changeRequest", "Hvad skal ændres?", FormInput.MAX_TEXT);
                if (!approved && change == null) {
                    throw FormInput.refused("Skriv i feltet 'Hvad skal ændres?', hvad klasseteamet skal ændre.");
                }
            }
            case "recordMinutes" -> {
                in.requiredText("attendance", "Hvem deltog", FormInput.MAX_TEXT);
                in.optionalText("decisions", "Beslutninger", FormInput.MAX_TEXT);
                in.optionalText("agreements", "Aftaler", FormInput.MAX_TEXT);
            }
            case "followUpPlanning" -> in.requiredText("followUpNote", "Hvad er aftalt med klasseteamet", FormInput.MAX_TEXT);
            default -> throw new IllegalStateException("Ingen kontrol for opgaven " + task.getTaskDefinitionKey());
        }
    }
}
