package dk.skolehjem.conference;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.json.SpinJsonNode;

/** Test aid: the times a booking task offers the family (its {@code availableSlots}), for tests in other packages. */
public final class OfferedSlots {

    private OfferedSlots() {}

    /** The value of the first time offered, as the family's form would submit it. */
    public static String first(ProcessEngine engine, Task task) {
        SpinJsonNode options = (SpinJsonNode) engine.getTaskService().getVariableLocal(task.getId(), "availableSlots");
        return options.elements().get(0).prop("value").stringValue();
    }
}
