package dk.skolehjem.conference;

import dk.skolehjem.engine.CodeList;
import dk.skolehjem.engine.FormAnswers;

/**
 * A family's wish for an interpreter at a conference or learning conversation (L8): the language must be one of
 * {@link InterpreterLanguage}, so the school can order an adult interpreter; no wish leaves no stale language behind.
 */
final class InterpreterRequest {

    /** The language list of the booking forms. */
    static final CodeList LANGUAGES =
            CodeList.of("interpreterLanguage", InterpreterLanguage.class, "Vælg tolkens sprog i listen.");

    private InterpreterRequest() {}

    /** The language is given, from the list, whenever an interpreter is wanted. */
    static void require(FormAnswers answers) {
        if (answers.ticked("interpreterNeeded")) {
            answers.requiredText("interpreterLanguage");
        }
    }

    static void check(FormAnswers answers) {
        if (!answers.ticked("interpreterNeeded")) {
            answers.set("interpreterNeeded", false);
            answers.execution().removeVariable("interpreterLanguage");
            return;
        }
        // the form shows the language only when an interpreter is wanted; then it is required, and from the list
        answers.requiredText("interpreterLanguage");
    }
}
