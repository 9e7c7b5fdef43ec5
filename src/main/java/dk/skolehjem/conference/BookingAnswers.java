package dk.skolehjem.conference;

import dk.skolehjem.engine.Choice;
import dk.skolehjem.engine.FormDefinition;
import dk.skolehjem.engine.FormField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * The answers a family gave in its booking form, as "Mine bookinger" shows them: each field's label from the form the
 * process was deployed with (no label is typed twice), with the text, the chosen option's label or "Ja". Called by
 * the system on behalf of a guardian whose custody the caller has checked.
 */
@Component
class BookingAnswers {

    private final RuntimeService runtime;
    private final RepositoryService repository;
    /** Deployed forms by deployment and form id; a deployment never changes. */
    private final Map<String, FormDefinition> forms = new ConcurrentHashMap<>();

    BookingAnswers(RuntimeService runtime, RepositoryService repository) {
        this.runtime = runtime;
        this.repository = repository;
    }

    LinkedHashMap<String, String> of(String processInstanceId, String processDefinitionId, String formId) {
        FormDefinition form = form(processDefinitionId, formId);
        Map<String, Object> values = runtime.getVariables(
                processInstanceId, form.fields().stream().map(FormField::key).toList());
        LinkedHashMap<String, String> answers = new LinkedHashMap<>();
        for (FormField field : form.fields()) {
            // the booking forms' one code list, also for a form deployed without its choices filled in
            List<Choice> codes = field.key().equals(InterpreterRequest.LANGUAGES.field())
                    ? InterpreterRequest.LANGUAGES.choices()
                    : List.of();
            String text = field.key().equals(BookingForm.SLOT) ? null : text(field, codes, values.get(field.key()));
            if (text != null && !text.isBlank()) {
                answers.put(field.label(), text.trim());
            }
        }
        return answers;
    }

    /** The answer as the family reads it; null when they left the field empty or did not tick it. */
    private static String text(FormField field, List<Choice> codes, Object value) {
        if (value == null) {
            return null;
        }
        return switch (field.kind()) {
            case CHECKBOX -> Boolean.TRUE.equals(value) || "true".equals(value.toString()) ? "Ja" : null;
            case YES_NO -> Boolean.TRUE.equals(value) || "ja".equals(value.toString()) ? "Ja" : "Nej";
            case CHOICE ->
                java.util.stream.Stream.concat(field.choices().stream(), codes.stream())
                        .filter(c -> c.value().equals(value.toString()))
                        .map(Choice::label)
                        .findFirst()
                        .orElse(value.toString());
            default -> value.toString();
        };
    }

    private FormDefinition form(String processDefinitionId, String formId) {
        String deployment = repository.getProcessDefinition(processDefinitionId).getDeploymentId();
        return forms.computeIfAbsent(
                deployment + "/" + formId,
                k -> FormDefinition.parse(repository.getResourceAsStream(deployment, "forms/" + formId + ".form")));
    }
}
