package dk.skolehjem.minutes;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A document's JSON as the process variable the document step reads: a short one as text, a long one (a year
 * summary of a big class, long minutes) as bytes, since the engine keeps text variables to 4,000 characters.
 */
public final class DocumentVariable {

    /** Below the engine's 4,000-character column, with room for multi-byte text. */
    static final int LONGEST_TEXT = 3_000;

    private DocumentVariable() {}

    public static TypedValue of(String json) {
        return json.length() <= LONGEST_TEXT
                ? Variables.stringValue(json)
                : Variables.byteArrayValue(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The JSON back from the variable, whichever way it was kept; null when it is neither. */
    static String read(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return null;
    }
}
