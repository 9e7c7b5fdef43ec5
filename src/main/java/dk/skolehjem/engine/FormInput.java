package dk.skolehjem.engine;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Reads what a person submitted with a form and refuses it with the field's Danish label when it is missing, too
 * long or not what the field asks for. Browsers check too, but a submission can bypass them, so task listeners
 * check again through this.
 */
public final class FormInput {

    public static final int MAX_TEXT = 4000;

    private final VariableScope scope;

    private FormInput(VariableScope scope) {
        this.scope = scope;
    }

    public static FormInput of(VariableScope scope) {
        return new FormInput(scope);
    }

    public String requiredText(String key, String label, int max) {
        String text = optionalText(key, label, max);
        if (text == null) {
            throw refused("Feltet '" + label + "' skal udfyldes.");
        }
        return text;
    }

    /** The trimmed text, or null when empty. */
    public String optionalText(String key, String label, int max) {
        Object value = scope.getVariable(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw refused("Feltet '" + label + "' skal være tekst.");
        }
        if (s.length() > max) {
            throw refused("Feltet '" + label + "' må højst være " + max + " tegn (det er " + s.length() + ").");
        }
        return s.isBlank() ? null : s.trim();
    }

    public LocalDate requiredDate(String key, String label) {
        String text = requiredText(key, label, 40);
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw refused("Feltet '" + label + "' skal være en dato, ikke '" + text + "'.");
        }
    }

    public LocalTime requiredTime(String key, String label) {
        String text = requiredText(key, label, 20);
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw refused("Feltet '" + label + "' skal være et klokkeslæt som 19:00, ikke '" + text + "'.");
        }
    }

    public int requiredNumber(String key, String label, int min, int max) {
        Object value = scope.getVariable(key);
        long number;
        if (value instanceof Number n) {
            number = n.longValue();
        } else if (value instanceof String s && s.matches("\\s*\\d{1,9}\\s*")) {
            number = Long.parseLong(s.trim());
        } else {
            throw refused("Feltet '" + label + "' skal være et tal.");
        }
        if (number < min || number > max) {
            throw refused("Feltet '" + label + "' skal være mellem " + min + " og " + max + ".");
        }
        return (int) number;
    }

    /** A yes/no field that may be left out (false then). */
    public boolean optionalChoice(String key, String label) {
        Object value = scope.getVariable(key);
        if (value == null || value instanceof Boolean) {
            return Boolean.TRUE.equals(value);
        }
        throw refused("Vælg ja eller nej i feltet '" + label + "'.");
    }

    public boolean requiredChoice(String key, String label) {
        Object value = scope.getVariable(key);
        if (value instanceof Boolean b) {
            return b;
        }
        throw refused("Vælg ja eller nej i feltet '" + label + "'.");
    }

    /** A required "ja"/"nej" radio answer (or a yes/no value) as a yes/no value. */
    public boolean requiredJaNej(String key, String label) {
        Object value = scope.getVariable(key);
        if (value instanceof Boolean b) {
            return b;
        }
        if ("ja".equals(value) || "nej".equals(value)) {
            return "ja".equals(value);
        }
        throw refused("Vælg ja eller nej i feltet '" + label + "'.");
    }

    /** Request attribute holding the refusal, so the HTTP answer can be a 400 with just this message. */
    public static final String REFUSAL_ATTRIBUTE = FormInput.class.getName() + ".refusal";

    public static BadUserRequestException refused(String message) {
        // the engine wraps a listener's exception into a generic 500; the web layer turns it back into this answer
        var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(REFUSAL_ATTRIBUTE, message,
                    org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST);
        }
        return new BadUserRequestException(message);
    }
}
