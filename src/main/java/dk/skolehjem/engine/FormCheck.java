package dk.skolehjem.engine;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The server's check of every form: a task's (on complete) or a start form's (as its start event ends). Browsers check
 * too, but a submission can bypass them, so every field is checked again by its deployed form's definition, then the
 * form's own rule runs, if it has one. A refusal names the field by the form's label and nothing is changed.
 */
@Component("formCheck")
public class FormCheck implements TaskListener, ExecutionListener {

    private final FormRules rules;
    /** Parsed forms by process definition and form id: a running process keeps the form it was deployed with. */
    private final Map<String, FormDefinition> forms = new ConcurrentHashMap<>();

    public FormCheck(FormRules rules) {
        this.rules = rules;
    }

    @Override
    public void notify(DelegateTask task) {
        if (ActingUser.id().isPresent()
                && !EngineInternals.onBehalf()
                && FamilyLanes.tasks(task.getBpmnModelInstance()).contains(task.getTaskDefinitionKey())) {
            // a family answers on "Mit barn", where the roster is asked first; never through the engine's own door
            throw FormInput.refused("Svar på opgaven i Skole-hjem under \"Mit barn\".");
        }
        String formId = ((UserTask) task.getBpmnModelElementInstance()).getCamundaFormRef();
        FormDefinition form = form(
                task.getProcessDefinitionId(),
                formId,
                () -> task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId()));
        check(new FormAnswers(form, task, task.getExecution(), task));
    }

    @Override
    public void notify(DelegateExecution execution) {
        StartEvent start = (StartEvent) execution.getBpmnModelElementInstance();
        String user = ActingUser.id().orElse(null);
        if (start.getCamundaInitiator() != null && user != null) {
            // whoever is logged in started it; a submitted initiator variable cannot name somebody else
            execution.setVariable(start.getCamundaInitiator(), user);
        }
        FormDefinition form = form(
                execution.getProcessDefinitionId(),
                start.getCamundaFormRef(),
                () -> execution
                        .getProcessEngineServices()
                        .getFormService()
                        .getDeployedStartForm(execution.getProcessDefinitionId()));
        check(new FormAnswers(form, execution, execution, null));
    }

    /**
     * Checks answers as the completion will, before the engine sees them: every field by the form, then the rule's
     * own checks. {@code values} are the task's variables with the answers over them. Refused in Danish.
     */
    public void before(FormDefinition form, Map<String, Object> values) {
        check(FormAnswers.before(form, values), false);
    }

    private void check(FormAnswers answers) {
        check(answers, true);
    }

    /** The fields, then the rule's own checks, then (when the task completes) what the answers bring about. */
    private void check(FormAnswers answers, boolean apply) {
        FormRule rule = rules.of(answers.form().id()).orElse(null);
        if (rule != null && !rule.answered(answers)) {
            return;
        }
        fields(answers);
        if (rule != null) {
            rule.check(answers);
            if (apply) {
                rule.apply(answers);
            }
        }
    }

    private void fields(FormAnswers answers) {
        FormDefinition form = answers.form();
        for (FormField field : form.fields()) {
            CodeList codeList = field.kind() == FormField.Kind.CHOICE
                    ? rules.codeList(form.id(), field.key()).orElse(null)
                    : null;
            FieldCheck.check(field, answers.variable(field.key()), codeList);
            if (field.kind() == FormField.Kind.CHECKLIST && !field.readonly()) {
                List<String> offered = field.valuesKey() != null
                        ? FieldCheck.offered(answers.variable(field.valuesKey()))
                        : field.choices().stream().map(Choice::value).toList();
                FieldCheck.offeredOnly(field, FieldCheck.checklist(field, answers.variable(field.key())), offered);
            }
        }
    }

    private FormDefinition form(String processDefinitionId, String formId, Supplier<InputStream> deployed) {
        if (formId == null) {
            throw new IllegalStateException("Trinnet har intet skema at tjekke (camunda:formRef mangler)");
        }
        return forms.computeIfAbsent(processDefinitionId + "/" + formId, k -> {
            // the person completing a task may not read deployments; the form is the one their own task shows
            FormDefinition form = EngineInternals.withoutAuthorization(() -> FormDefinition.parse(deployed.get()));
            if (!formId.equals(form.id())) {
                throw new IllegalStateException("Skemaet " + formId + " hedder " + form.id() + " i sin fil");
            }
            return form;
        });
    }
}
