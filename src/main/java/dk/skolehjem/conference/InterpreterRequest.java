package dk.skolehjem.conference;

import dk.skolehjem.engine.FormInput;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A family's wish for an interpreter at a conference or learning conversation (L8): the language must be one the
 * forms offer, so the school can order an adult interpreter; no wish leaves no stale language behind.
 */
final class InterpreterRequest {

    /** The values of the language list in the booking forms (a test keeps the forms and this set in step). */
    static final Set<String> LANGUAGES = Set.of("arabisk", "dari", "engelsk", "farsi", "kurdisk", "pashto", "polsk",
            "rumænsk", "somali", "tigrinya", "tyrkisk", "ukrainsk", "urdu", "vietnamesisk", "andet");

    private InterpreterRequest() {
    }

    static void check(DelegateTask task) {
        Object needed = task.getVariable("interpreterNeeded");
        if (needed != null && !(needed instanceof Boolean)) {
            throw FormInput.refused("Feltet 'Jeg vil gerne have en tolk' skal være sat til ja eller nej.");
        }
        if (!Boolean.TRUE.equals(needed)) {
            task.getExecution().setVariable("interpreterNeeded", false);
            task.getExecution().removeVariable("interpreterLanguage");
            return;
        }
        String language = FormInput.of(task).requiredText("interpreterLanguage", "Sprog", 60);
        if (!LANGUAGES.contains(language)) {
            throw FormInput.refused("Vælg tolkens sprog i listen i feltet 'Sprog'.");
        }
    }
}
