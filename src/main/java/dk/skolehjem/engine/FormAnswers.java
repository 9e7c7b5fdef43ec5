package dk.skolehjem.engine;

import java.time.LocalDate;
import java.time.LocalTime;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * What a person submitted with a form, read through that form: a form's rule asks for a field by its key and gets
 * the answer already checked against the form, and refuses with the form's own label, never one typed in Java.
 */
public final class FormAnswers {

    private final FormDefinition form;
    private final java.util.function.Function<String, Object> scope;
    private final DelegateExecution execution;
    private final DelegateTask task;

    FormAnswers(FormDefinition form, VariableScope scope, DelegateExecution execution, DelegateTask task) {
        this(form, scope::getVariable, execution, task);
    }

    private FormAnswers(
            FormDefinition form,
            java.util.function.Function<String, Object> scope,
            DelegateExecution execution,
            DelegateTask task) {
        this.form = form;
        this.scope = scope;
        this.execution = execution;
        this.task = task;
    }

    /**
     * The answers as posted, before any engine sees them (the task's variables with the answers over them): what
     * {@link FormRule#check} reads when the database takes an answer first and the engine completes the task later.
     */
    static FormAnswers before(FormDefinition form, java.util.Map<String, Object> values) {
        return new FormAnswers(form, values::get, null, null);
    }

    public FormDefinition form() {
        return form;
    }

    /** The completed task; null for a start form, which has none, and for answers checked before the engine. */
    public DelegateTask task() {
        return task;
    }

    /** The process the answers go to: the task's execution, or the one starting; null before the engine. */
    public DelegateExecution execution() {
        return execution;
    }

    public Object variable(String name) {
        return scope.apply(name);
    }

    /** Sets a process variable where the task's execution (or the start) sees it. */
    public void set(String name, Object value) {
        execution.setVariable(name, value);
    }

    public String processInstanceId() {
        return execution.getProcessInstanceId();
    }

    /**
     * Whether the answer came through the product's own page on a person's behalf ("Mit barn"), which shows live
     * choices itself, rather than through a Camunda form that reads them from the task's variables.
     */
    public boolean onBehalf() {
        return EngineInternals.onBehalf();
    }

    /** Who completes the task: the person logged in, else its assignee (a test or the engine itself). */
    public String completedBy() {
        return ActingUser.idOr(task != null && task.getAssignee() != null ? task.getAssignee() : "ukendt");
    }

    public String label(String key) {
        return form.field(key).label();
    }

    /** The trimmed text, or null when empty. */
    public String text(String key) {
        return FieldCheck.text(form.field(key), scope.apply(key), Integer.MAX_VALUE);
    }

    public String requiredText(String key) {
        return required(key, text(key));
    }

    public LocalDate date(String key) {
        return FieldCheck.date(form.field(key), scope.apply(key));
    }

    public LocalDate requiredDate(String key) {
        return required(key, date(key));
    }

    public LocalTime time(String key) {
        return FieldCheck.time(form.field(key), scope.apply(key));
    }

    public LocalTime requiredTime(String key) {
        return required(key, time(key));
    }

    public Integer number(String key) {
        return FieldCheck.number(form.field(key), scope.apply(key));
    }

    public int requiredNumber(String key) {
        return required(key, number(key));
    }

    /** A yes/no answer that must be given (a checkbox, or "ja"/"nej"). */
    public boolean yesNo(String key) {
        Boolean answer = FieldCheck.yesNo(form.field(key), scope.apply(key));
        return required(key, answer);
    }

    /** A checkbox that may be left out: ticked or not. */
    public boolean ticked(String key) {
        return Boolean.TRUE.equals(FieldCheck.yesNo(form.field(key), scope.apply(key)));
    }

    /** The values ticked in a checklist, in order; empty when none. */
    public java.util.List<String> checked(String key) {
        return FieldCheck.checklist(form.field(key), scope.apply(key));
    }

    /** Refuses with the field's label first: {@code refused("concernSince", "kan ikke ligge i fremtiden.")}. */
    public BadUserRequestException refused(String key, String rest) {
        return FormInput.refused("Feltet '" + label(key) + "' " + rest);
    }

    private <T> T required(String key, T answer) {
        if (answer == null) {
            throw FieldCheck.missing(form.field(key));
        }
        return answer;
    }
}
