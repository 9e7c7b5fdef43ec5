package dk.skolehjem.engine;

import java.util.List;
import java.util.Optional;

/**
 * A form field whose choices change while the form is open (a conference's free times): the package that owns the
 * process says what they are at this moment, so the portal never offers what the task's creation saw, and may hold a
 * choice for the family for a few minutes while it answers the rest of the form.
 */
public interface LiveChoices {

    /** The choices for {@code field} of the task's form now, or empty when this bean does not fill that field. */
    Optional<List<Choice>> now(FamilyTask task, String field);

    /** Whether a choice of {@code field} can be held for the family while it fills in the form. */
    default boolean holds(FamilyTask task, String field) {
        return false;
    }

    /**
     * Holds the chosen {@code value} for the task's family and says until when, in Danish; refused (with a Danish
     * message, {@link FormInput#refused}) when another family has it.
     */
    default String hold(FamilyTask task, String field, String value) {
        throw new UnsupportedOperationException(field + " kan ikke holdes");
    }
}
