package dk.skolehjem.engine;

import java.util.List;
import java.util.Set;

/**
 * What a form's answers mean beyond what its {@code .form} file can say: rules across fields, dates not in the
 * future, what follows from an answer (a level, a booking, a date on the process). One per form at most, found by
 * the form's id; {@link FormCheck} has checked every field against the form before the rule runs.
 */
public interface FormRule {

    /** The ids of the forms ({@code "id"} in the {@code .form} file) this rule is for. */
    Set<String> forms();

    /** The enums that fill these forms' choice fields. */
    default List<CodeList> codeLists() {
        return List.of();
    }

    /** False when the task ends without an answer to check (a question withdrawn from the person it was put to). */
    default boolean answered(FormAnswers answers) {
        return true;
    }

    /**
     * The rule's checks that need nothing but the answers (a field required when another is ticked). They run before
     * {@link #apply}, and on their own when the database takes an answer first and the engine completes it later.
     */
    default void check(FormAnswers answers) {}

    void apply(FormAnswers answers);
}
