package dk.skolehjem.engine;

import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A listener a shared capability puts on every user task of every process (a deadline, an e-mail), so no process
 * can forget it. Beans of this type are added by the engine's parse listener, in their {@code @Order}.
 */
public interface EveryUserTask extends TaskListener {

    /** The task events it listens to, e.g. {@link TaskListener#EVENTNAME_CREATE}. */
    Set<String> events();

    /** Whether a user task with these {@code camunda:properties} gets it; every task does unless it opts out. */
    default boolean wanted(Map<String, String> properties) {
        return true;
    }
}
