package dk.skolehjem.conference;

import dk.skolehjem.engine.AsSystem;
import dk.skolehjem.engine.FormDefinition;
import dk.skolehjem.engine.FormField;
import dk.skolehjem.roster.ClassYearKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What each family told the school when it booked a round's conference or learning conversation (the interpreter
 * wish, the wish for siblings back to back, the pre-conference answers), read from the round's own conference
 * instances, with the answers' labels from the pre-conference form itself so no label is typed twice.
 */
@Component
class ConferenceAnswers {

    static final String FORM = "forms/pre-conference.form";
    private static final String INTERPRETER = "interpreterNeeded";
    private static final String LANGUAGE = "interpreterLanguage";
    private static final String BACK_TO_BACK = "siblingsBackToBack";
    /** The form's fields that are no answer to show: the slot is the booking itself, the language is shown with the wish. */
    private static final Set<String> NOT_ANSWERS = Set.of("slot", LANGUAGE);

    /** One answer as the team reads it: the form's label and the family's text. */
    record Answer(String label, String text) {}

    /** One family's wishes and answers; {@code interpreterLanguage} is null when no interpreter is wanted. */
    record Wishes(String interpreterLanguage, boolean backToBack, List<Answer> answers) {
        static final Wishes NONE = new Wishes(null, false, List.of());
    }

    private final HistoryService history;
    private final IdentityService identity;
    private final List<FormField> answerFields;

    ConferenceAnswers(HistoryService history, IdentityService identity) {
        this.history = history;
        this.identity = identity;
        this.answerFields = answerFields(form());
    }

    /** The pre-conference form's text answers, in the form's order. */
    static List<FormField> answerFields(FormDefinition form) {
        return form.fields().stream()
                .filter(f -> f.kind() == FormField.Kind.TEXT && !NOT_ANSWERS.contains(f.key()))
                .toList();
    }

    private static FormDefinition form() {
        try {
            return FormDefinition.parse(new ClassPathResource(FORM).getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every student's wishes in the round whose process instance is {@code roundInstanceId}, by student id. Read as
     * the system: the page has already checked that the caller is the class's team or the school's leadership.
     */
    Map<String, Wishes> of(String roundInstanceId) {
        if (roundInstanceId == null) {
            return Map.of();
        }
        return AsSystem.call(identity, () -> {
            Map<String, String> studentOf = new HashMap<>();
            for (HistoricProcessInstance p : history.createHistoricProcessInstanceQuery()
                    .superProcessInstanceId(roundInstanceId)
                    .list()) {
                studentOf.put(p.getId(), ClassYearKey.parse(p.getBusinessKey()).studentId());
            }
            if (studentOf.isEmpty()) {
                return Map.of();
            }
            Map<String, Map<String, Object>> values = new HashMap<>();
            for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(studentOf.keySet().toArray(String[]::new))
                    .variableNameIn(names())
                    .list()) {
                // the instance's answers, not a task's local ones (the slot choices)
                if (v.getTaskId() == null) {
                    values.computeIfAbsent(studentOf.get(v.getProcessInstanceId()), s -> new HashMap<>())
                            .put(v.getName(), v.getValue());
                }
            }
            Map<String, Wishes> wishes = new HashMap<>();
            values.forEach((student, vars) -> wishes.put(student, wishes(vars)));
            return wishes;
        });
    }

    private String[] names() {
        List<String> names = new ArrayList<>(List.of(INTERPRETER, LANGUAGE, BACK_TO_BACK));
        answerFields.forEach(f -> names.add(f.key()));
        return names.toArray(String[]::new);
    }

    private Wishes wishes(Map<String, Object> vars) {
        String language = Boolean.TRUE.equals(vars.get(INTERPRETER)) ? language(vars.get(LANGUAGE)) : null;
        List<Answer> answers = new ArrayList<>();
        for (FormField f : answerFields) {
            if (vars.get(f.key()) instanceof String text && !text.isBlank()) {
                answers.add(new Answer(f.label(), text));
            }
        }
        return new Wishes(language, Boolean.TRUE.equals(vars.get(BACK_TO_BACK)), answers);
    }

    /** The language's Danish name from the code list; an unknown value is shown as it is. */
    private static String language(Object value) {
        String v = value == null ? "" : value.toString();
        for (InterpreterLanguage l : InterpreterLanguage.values()) {
            if (l.value().equals(v)) {
                return l.label();
            }
        }
        return v.isEmpty() ? "sprog ikke oplyst" : v;
    }
}
