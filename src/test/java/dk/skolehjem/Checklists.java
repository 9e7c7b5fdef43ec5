package dk.skolehjem;

import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/** Test aid: a checklist's answer as Tasklist sends it, a JSON array of the values ticked. */
public final class Checklists {

    private Checklists() {}

    public static JsonValue ticked(String... values) {
        var array = Spin.JSON("[]");
        for (String v : values) {
            array.append(v);
        }
        return SpinValues.jsonValue(array).create();
    }
}
