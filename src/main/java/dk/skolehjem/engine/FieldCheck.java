package dk.skolehjem.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Checks one answer against its field as the form defines it (type, length, range, choices, required), so every
 * form gets the same checks and the same Danish refusals, naming the field by the form's own label.
 */
final class FieldCheck {

    /** Longest date and time texts accepted; a form sends "2027-02-01" and "19:00". */
    static final int MAX_DATE = 40;

    static final int MAX_TIME = 20;

    private static final ObjectMapper JSON = new ObjectMapper();

    private FieldCheck() {}

    /** Refuses a wrong answer; {@code codeList} is the field's code list, or null when the form holds its choices. */
    static void check(FormField field, Object value, CodeList codeList) {
        if (field.readonly()) {
            // shown for reading; the submission guard drops it, so what is there was not written by this person
            return;
        }
        switch (field.kind()) {
            case TEXT -> text(field, value, field.maxLength());
            case DATE -> date(field, value);
            case TIME -> time(field, value);
            case NUMBER -> number(field, value);
            case CHECKBOX -> {
                if (value != null && !(value instanceof Boolean)) {
                    throw yesOrNo(field);
                }
            }
            case YES_NO -> yesNo(field, value);
            case CHOICE -> choice(field, value, codeList);
            case CHECKLIST -> checklist(field, value);
        }
        // a field shown on a condition is required only when its form's rule says it is shown
        boolean empty = field.kind() == FormField.Kind.CHECKLIST
                ? checklist(field, value).isEmpty()
                : blank(value);
        if (field.required() && !field.conditional() && empty) {
            throw missing(field);
        }
    }

    static String text(FormField field, Object value, int max) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw FormInput.refused("Feltet '" + field.label() + "' skal være tekst.");
        }
        if (s.length() > max) {
            throw FormInput.refused(
                    "Feltet '" + field.label() + "' må højst være " + max + " tegn (det er " + s.length() + ").");
        }
        return s.isBlank() ? null : s.trim();
    }

    static LocalDate date(FormField field, Object value) {
        String text = text(field, value, MAX_DATE);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw FormInput.refused("Feltet '" + field.label() + "' skal være en dato, ikke '" + text + "'.");
        }
    }

    static LocalTime time(FormField field, Object value) {
        String text = text(field, value, MAX_TIME);
        if (text == null) {
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeParseException e) {
            throw FormInput.refused(
                    "Feltet '" + field.label() + "' skal være et klokkeslæt som 19:00, ikke '" + text + "'.");
        }
    }

    static Integer number(FormField field, Object value) {
        if (blank(value)) {
            return null;
        }
        long number;
        if (value instanceof Number n) {
            number = n.longValue();
        } else if (value instanceof String s && s.matches("\\s*\\d{1,9}\\s*")) {
            number = Long.parseLong(s.trim());
        } else {
            throw FormInput.refused("Feltet '" + field.label() + "' skal være et tal.");
        }
        long min = field.min() == null ? Integer.MIN_VALUE : field.min();
        long max = field.max() == null ? Integer.MAX_VALUE : field.max();
        if (number < min || number > max) {
            throw FormInput.refused("Feltet '" + field.label() + "' skal være "
                    + (field.min() == null
                            ? "højst " + max
                            : field.max() == null ? "mindst " + min : "mellem " + min + " og " + max)
                    + ".");
        }
        return (int) number;
    }

    /** "ja"/"nej" from a radio, or a yes/no value. */
    static Boolean yesNo(FormField field, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if ("ja".equals(value) || "nej".equals(value)) {
            return "ja".equals(value);
        }
        throw yesOrNo(field);
    }

    private static void choice(FormField field, Object value, CodeList codeList) {
        if (blank(value)) {
            return;
        }
        if (!(value instanceof String) && !(value instanceof Number)) {
            throw notInList(field, codeList);
        }
        String answer = value.toString();
        boolean offered = codeList != null
                ? codeList.contains(answer)
                : field.choices().stream().anyMatch(c -> c.value().equals(answer));
        if (!offered) {
            throw notInList(field, codeList);
        }
    }

    /** The values ticked in a checklist (a list, or the JSON array Tasklist sends), in order; empty when none. */
    static List<String> checklist(FormField field, Object value) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return List.of();
        }
        List<String> ticked = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            for (Object v : list) {
                if (!(v instanceof String) && !(v instanceof Number)) {
                    throw notInList(field, null);
                }
                ticked.add(v.toString());
            }
            return ticked;
        }
        JsonNode array;
        try {
            // a JSON variable (Spin) prints as its JSON text
            array = JSON.readTree(value.toString());
        } catch (java.io.IOException e) {
            throw notInList(field, null);
        }
        if (!array.isArray()) {
            throw notInList(field, null);
        }
        for (JsonNode v : array) {
            if (!v.isTextual() && !v.isNumber()) {
                throw notInList(field, null);
            }
            ticked.add(v.asText());
        }
        return ticked;
    }

    /** The values a choice variable (form-js {@code valuesKey}: a JSON array of label and value) offers. */
    static List<String> offered(Object choices) {
        List<String> values = new ArrayList<>();
        if (choices == null) {
            return values;
        }
        try {
            for (JsonNode c : JSON.readTree(choices.toString())) {
                values.add(c.path("value").asText());
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Valgmulighederne kunne ikke læses", e);
        }
        return values;
    }

    /** Refuses a ticked value that the checklist did not offer. */
    static void offeredOnly(FormField field, List<String> ticked, List<String> offered) {
        if (!offered.containsAll(ticked)) {
            throw notInList(field, null);
        }
    }

    static BadUserRequestException missing(FormField field) {
        return field.kind() == FormField.Kind.CHECKBOX || field.kind() == FormField.Kind.YES_NO
                ? yesOrNo(field)
                : FormInput.refused("Feltet '" + field.label() + "' skal udfyldes.");
    }

    private static BadUserRequestException yesOrNo(FormField field) {
        return FormInput.refused("Vælg ja eller nej i feltet '" + field.label() + "'.");
    }

    private static BadUserRequestException notInList(FormField field, CodeList codeList) {
        return FormInput.refused(
                codeList != null ? codeList.refusal() : "Vælg en af mulighederne i feltet '" + field.label() + "'.");
    }

    static boolean blank(Object value) {
        return value == null || value instanceof String s && s.isBlank();
    }
}
