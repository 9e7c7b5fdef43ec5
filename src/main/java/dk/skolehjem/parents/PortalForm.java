package dk.skolehjem.parents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.Choice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Camunda Form ({@code .form}, form-js JSON) rendered by the server for the parent portal: the same file the
 * engine deploys and Camunda Modeler edits, so its texts, labels, help and choices are written once. Read-only
 * fields are shown as text, fields hidden by a condition on the process's data are left out, and a condition on
 * another field of the form is handed to the page's small script (without it, the field is simply shown).
 */
final class PortalForm {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The conditions the forms use: {@code =field != true}, {@code =field = "x"}. */
    private static final Pattern CONDITION = Pattern.compile("^=\\s*(\\w+)\\s*(!=|=)\\s*(true|false|\"[^\"]*\")\\s*$");

    private static final Set<String> INPUTS =
            Set.of("textfield", "textarea", "number", "checkbox", "radio", "select", "datetime");

    /**
     * One part of the page, in the form's order. {@code kind}: text, shown (a read-only value), textfield, textarea,
     * number, date, time, checkbox, radio or select. {@code hideIf} is a condition on another field of the form.
     */
    record Part(
            String kind,
            String key,
            String label,
            String description,
            String html,
            boolean required,
            Integer maxLength,
            Long min,
            Long max,
            String value,
            List<Choice> choices,
            Condition hideIf,
            boolean hold) {

        /** The element id of the field's help text, for aria-describedby. */
        public String helpId() {
            return description == null ? null : "hjaelp-" + key;
        }
    }

    /** "Hide this field when {@code field} {@code op} {@code value}". */
    record Condition(String field, String op, String value) {

        boolean hides(Object actual) {
            String text =
                    actual == null ? ("true".equals(value) || "false".equals(value) ? "false" : "") : actual.toString();
            boolean equal = text.equals(value);
            return "=".equals(op) == equal;
        }
    }

    /** Where the page's own heading travels with the variables (a name no process variable can have). */
    private static final String TITLE = "\u0000title";

    private final List<Part> parts;
    private final Map<String, Object> variables;

    private PortalForm(List<Part> parts, Map<String, Object> variables) {
        this.parts = parts;
        this.variables = variables;
    }

    /**
     * The form as the family sees it now: {@code variables} fill its texts and earlier answers, {@code live} gives a
     * choice field's options as they are at this moment (a conference's free times), {@code holdable} the fields whose
     * choice is held for the family while it answers the rest, {@code posted} what they just sent, when the page is
     * shown again with a refusal.
     */
    static PortalForm of(
            JsonNode form,
            String title,
            Map<String, Object> variables,
            Map<String, List<Choice>> live,
            Set<String> holdable,
            Map<String, String> posted) {
        Set<String> inputKeys = new java.util.HashSet<>();
        collectKeys(form.path("components"), inputKeys);
        List<Part> parts = new ArrayList<>();
        Map<String, Object> withTitle = new java.util.HashMap<>(variables);
        withTitle.put(TITLE, title);
        collect(form.path("components"), withTitle, live, holdable, posted, inputKeys, parts);
        return new PortalForm(parts, variables);
    }

    /** The task's variables the form was made from (its answer is checked against them, not read again). */
    Map<String, Object> variables() {
        return variables;
    }

    public List<Part> parts() {
        return parts;
    }

    /** The answers to send: only this form's own editable fields, typed as the form's check expects them. */
    Map<String, Object> answers(Map<String, String> posted) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Part p : parts) {
            String raw = posted.get(p.key());
            switch (p.kind()) {
                case "text", "shown" -> {}
                case "checkbox" -> answers.put(p.key(), raw != null && !raw.isBlank());
                case "number" -> answers.put(p.key(), raw == null || raw.isBlank() ? null : number(raw));
                // a browser sends a text area's line breaks as CRLF; the minutes and mails want plain line breaks
                default ->
                    answers.put(
                            p.key(),
                            raw == null || raw.isBlank() ? null : raw.strip().replace("\r\n", "\n"));
            }
        }
        return answers;
    }

    /** Whether the form asks anything at all (a form with only texts still needs a "Læst" answer). */
    boolean asks() {
        return parts.stream().anyMatch(p -> !"text".equals(p.kind()) && !"shown".equals(p.kind()));
    }

    private static Object number(String raw) {
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            // the form's check names the field and says it must be a number
            return raw.strip();
        }
    }

    private static void collectKeys(JsonNode components, Set<String> into) {
        for (JsonNode c : components) {
            if (INPUTS.contains(c.path("type").asText()) && c.hasNonNull("key")) {
                into.add(c.get("key").asText());
            }
            collectKeys(c.path("components"), into);
        }
    }

    private static void collect(
            JsonNode components,
            Map<String, Object> variables,
            Map<String, List<Choice>> live,
            Set<String> holdable,
            Map<String, String> posted,
            Set<String> inputKeys,
            List<Part> into) {
        for (JsonNode c : components) {
            Condition condition = condition(c.path("conditional").path("hide").asText(null));
            Condition hideIf = null;
            if (condition != null) {
                if (inputKeys.contains(condition.field())) {
                    hideIf = condition;
                } else if (condition.hides(variables.get(condition.field()))) {
                    continue;
                }
            }
            String type = c.path("type").asText();
            if ("text".equals(type)) {
                into.add(new Part(
                        "text",
                        null,
                        null,
                        null,
                        FormText.html(c.path("text").asText(""), variables, (String) variables.get(TITLE)),
                        false,
                        null,
                        null,
                        null,
                        null,
                        List.of(),
                        hideIf,
                        false));
            } else if (INPUTS.contains(type) && c.hasNonNull("key")) {
                into.add(field(c, type, variables, live, holdable, posted, hideIf));
            }
            collect(c.path("components"), variables, live, holdable, posted, inputKeys, into);
        }
    }

    private static Part field(
            JsonNode c,
            String type,
            Map<String, Object> variables,
            Map<String, List<Choice>> live,
            Set<String> holdable,
            Map<String, String> posted,
            Condition hideIf) {
        String key = c.get("key").asText();
        String kind = "datetime".equals(type) ? c.path("subtype").asText("date") : type;
        if ("select".equals(kind) && (live.containsKey(key) || c.hasNonNull("valuesKey"))) {
            // times and the like: each on its own line, one tap to choose, however many there are
            kind = "radio";
        }
        String label = "date".equals(kind)
                ? c.path("dateLabel").asText(c.path("label").asText(key))
                : "time".equals(kind)
                        ? c.path("timeLabel").asText(c.path("label").asText(key))
                        : c.path("label").asText(key);
        Object current = variables.get(key);
        if (c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false)) {
            return new Part(
                    "shown",
                    key,
                    label,
                    null,
                    null,
                    false,
                    null,
                    null,
                    null,
                    shown(kind, current),
                    List.of(),
                    hideIf,
                    false);
        }
        JsonNode validate = c.path("validate");
        String value = posted.containsKey(key) ? posted.get(key) : current == null ? null : current.toString();
        if ("checkbox".equals(kind) && posted.isEmpty()) {
            value = Boolean.TRUE.equals(current) ? "true" : null;
        }
        return new Part(
                kind,
                key,
                label,
                c.path("description").asText(null),
                null,
                validate.path("required").asBoolean(false),
                validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
                validate.hasNonNull("min") ? validate.get("min").asLong() : null,
                validate.hasNonNull("max") ? validate.get("max").asLong() : null,
                value,
                choices(c, variables, live.get(key)),
                hideIf,
                holdable.contains(key));
    }

    private static List<Choice> choices(JsonNode c, Map<String, Object> variables, List<Choice> live) {
        if (live != null) {
            return live;
        }
        JsonNode values = c.path("values");
        if (c.hasNonNull("valuesKey")) {
            Object variable = variables.get(c.get("valuesKey").asText());
            try {
                values = variable == null ? JSON.createArrayNode() : JSON.readTree(variable.toString());
            } catch (java.io.IOException e) {
                values = JSON.createArrayNode();
            }
        }
        List<Choice> choices = new ArrayList<>();
        values.forEach(v -> choices.add(
                new Choice.Option(v.path("value").asText(), v.path("label").asText())));
        return choices;
    }

    private static String shown(String kind, Object value) {
        if (value == null) {
            return "";
        }
        if ("date".equals(kind)) {
            LocalDate date = value instanceof Date d
                    ? LocalDate.ofInstant(d.toInstant(), DanishDates.ZONE)
                    : LocalDate.parse(value.toString()
                            .substring(0, Math.min(10, value.toString().length())));
            return DanishDates.full(date);
        }
        if ("time".equals(kind)) {
            return "kl. " + value.toString().replace(':', '.');
        }
        if ("checkbox".equals(kind)) {
            return Boolean.TRUE.equals(value) ? "Ja" : "Nej";
        }
        return value.toString();
    }

    private static Condition condition(String expression) {
        if (expression == null) {
            return null;
        }
        Matcher m = CONDITION.matcher(expression);
        if (!m.matches()) {
            throw new IllegalStateException("Betingelsen '" + expression + "' kan portalen ikke læse");
        }
        String value =
                m.group(3).startsWith("\"") ? m.group(3).substring(1, m.group(3).length() - 1) : m.group(3);
        return new Condition(m.group(1), m.group(2), value);
    }
}
