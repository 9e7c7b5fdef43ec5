package dk.skolehjem.schoolyear;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks what the class team and leadership type into the school-year forms before the task completes; Tasklist's
 * own checks run in the browser and can be bypassed, so the server checks again and refuses with the field's name.
 */
@Component("validateYearPlanListener")
class ValidateYearPlanListener implements TaskListener {

    static final int MAX_LENGTH = 4000;

    /** Field key to its Danish label, per task; the first field of each task is required. */
    private static final Map<String, Map<String, String>> FIELDS = Map.of(
            "fillInYearPlan", labels("conferencePlan", "Skole-hjem-samtaler", "projectWork", "Projektarbejde",
                    "themeWeeks", "Emneuger", "otherEvents", "Andre arrangementer"),
            "followUpYearPlan", labels("followUpNote", "Hvad er aftalt med klasseteamet"));

    @Override
    public void notify(DelegateTask task) {
        Map<String, String> fields = FIELDS.get(task.getTaskDefinitionKey());
        if (fields == null) {
            throw new IllegalStateException("Ingen kontrol for opgaven " + task.getTaskDefinitionKey());
        }
        boolean first = true;
        for (var field : fields.entrySet()) {
            Object value = task.getVariable(field.getKey());
            if (value != null && !(value instanceof String)) {
                throw dk.skolehjem.engine.FormInput.refused("Feltet '" + field.getValue() + "' skal være tekst.");
            }
            String text = (String) value;
            if (first && (text == null || text.isBlank())) {
                throw dk.skolehjem.engine.FormInput.refused("Feltet '" + field.getValue() + "' skal udfyldes.");
            }
            if (text != null && text.length() > MAX_LENGTH) {
                throw dk.skolehjem.engine.FormInput.refused("Feltet '" + field.getValue() + "' må højst være " + MAX_LENGTH
                        + " tegn (det er " + text.length() + ").");
            }
            first = false;
        }
    }

    private static Map<String, String> labels(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        List<String> list = List.of(pairs);
        for (int i = 0; i < list.size(); i += 2) {
            m.put(list.get(i), list.get(i + 1));
        }
        return m;
    }
}
