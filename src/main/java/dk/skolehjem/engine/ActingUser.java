package dk.skolehjem.engine;

import java.util.Optional;

/**
 * Who is acting in a listener or delegate: the logged-in person whose request runs the engine command. Empty when
 * the system itself acts (a timer, a job, a start on someone's behalf), so a submitted variable can never stand in
 * for the person.
 */
public final class ActingUser {

    private ActingUser() {}

    public static Optional<String> id() {
        return Optional.ofNullable(EngineInternals.authenticatedUserId());
    }

    /** The acting person, else {@code fallback} (e.g. the task's assignee when the system completes it). */
    public static String idOr(String fallback) {
        return id().orElse(fallback);
    }
}
