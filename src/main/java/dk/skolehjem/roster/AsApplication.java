package dk.skolehjem.roster;

import java.util.function.Supplier;

/**
 * Runs roster work on Camunda's identity service as the application itself: the leader who uploads a roster holds
 * no right to create logins, the import does. The engine floor provides it, so the roster stays below the engine.
 */
public interface AsApplication {

    <T> T call(Supplier<T> work);
}
