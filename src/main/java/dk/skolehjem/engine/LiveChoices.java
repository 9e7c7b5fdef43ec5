package dk.skolehjem.engine;

import java.util.List;
import java.util.Optional;

/**
 * A form field whose choices change while the form is open (a conference's free times): the package that owns the
 * process says what they are at this moment, so the portal never offers what the task's creation saw.
 */
public interface LiveChoices {

    /** The choices for {@code field} of the task's form now, or empty when this bean does not fill that field. */
    Optional<List<Choice>> now(FamilyTask task, String field);
}
