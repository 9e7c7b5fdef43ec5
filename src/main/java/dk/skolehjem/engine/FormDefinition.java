package dk.skolehjem.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Camunda Form ({@code .form}, form-js JSON) read for the server's checks: its id and its input fields. The form
 * is the single source of a field's label, required flag, length and choices; nothing in Java repeats them.
 */
public final class FormDefinition {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> DISPLAY = Set.of(
            "text",
            "html",
            "image",
            "spacer",
            "separator",
            "button",
            "group",
            "dynamiclist",
            "iframe",
            "table",
            "documentPreview",
            "expression");
    private static final Set<String> YES_NO = Set.of("ja", "nej");

    private final String id;
    private final Map<String, FormField> fields;

    private FormDefinition(String id, Map<String, FormField> fields) {
        this.id = id;
        this.fields = Collections.unmodifiableMap(fields);
    }

    public static FormDefinition parse(InputStream in) {
        try (in) {
            return parse(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Skemaet kunne ikke læses", e);
        }
    }

    public static FormDefinition parse(JsonNode form) {
        String id = form.path("id").asText(null);
        if (id == null || !form.path("components").isArray()) {
            throw new IllegalStateException("Skemaet har intet id eller ingen felter");
        }
        Map<String, FormField> fields = new LinkedHashMap<>();
        collect(id, form.path("components"), false, fields);
        return new FormDefinition(id, fields);
    }

    public String id() {
        return id;
    }

    public Collection<FormField> fields() {
        return fields.values();
    }

    public boolean has(String key) {
        return fields.containsKey(key);
    }

    public FormField field(String key) {
        FormField field = fields.get(key);
        if (field == null) {
            throw new IllegalStateException("Skemaet " + id + " har intet felt '" + key + "'");
        }
        return field;
    }

    private static void collect(String formId, JsonNode components, boolean conditional, Map<String, FormField> into) {
        for (JsonNode c : components) {
            // a field inside a group the form hides on a condition is itself shown only on that condition
            boolean hidden = conditional || c.path("conditional").hasNonNull("hide");
            String key = c.path("key").asText(null);
            if (key != null && !DISPLAY.contains(c.path("type").asText())) {
                into.put(key, field(formId, key, c, hidden));
            }
            collect(formId, c.path("components"), hidden, into);
        }
    }

    private static FormField field(String formId, String key, JsonNode c, boolean conditional) {
        String type = c.path("type").asText();
        JsonNode validate = c.path("validate");
        List<Choice> choices = new ArrayList<>();
        c.path("values")
                .forEach(v -> choices.add(new Choice.Option(
                        v.path("value").asText(), v.path("label").asText())));
        String label = c.path("label").asText(null);
        FormField.Kind kind = switch (type) {
            case "textfield", "textarea" -> FormField.Kind.TEXT;
            case "number" -> FormField.Kind.NUMBER;
            case "checkbox" -> FormField.Kind.CHECKBOX;
            case "datetime" ->
                switch (c.path("subtype").asText()) {
                    case "date" -> FormField.Kind.DATE;
                    case "time" -> FormField.Kind.TIME;
                    default ->
                        throw unsupported(
                                formId, key, "datetime/" + c.path("subtype").asText());
                };
            case "radio", "select" ->
                c.hasNonNull("valuesKey")
                        ? FormField.Kind.TEXT
                        : !choices.isEmpty()
                                        && choices.stream()
                                                .map(Choice::value)
                                                .collect(java.util.stream.Collectors.toSet())
                                                .equals(YES_NO)
                                ? FormField.Kind.YES_NO
                                : FormField.Kind.CHOICE;
            case "checklist" -> FormField.Kind.CHECKLIST;
            default -> throw unsupported(formId, key, type);
        };
        if (kind == FormField.Kind.DATE) {
            label = c.path("dateLabel").asText(label);
        } else if (kind == FormField.Kind.TIME) {
            label = c.path("timeLabel").asText(label);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalStateException("Feltet '" + key + "' i skemaet " + formId + " har ingen overskrift");
        }
        return new FormField(
                key,
                label,
                kind,
                validate.path("required").asBoolean(false),
                validate.path("maxLength").asInt(FormInput.MAX_TEXT),
                validate.hasNonNull("min") ? validate.get("min").asLong() : null,
                validate.hasNonNull("max") ? validate.get("max").asLong() : null,
                choices,
                conditional,
                c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false),
                c.path("valuesKey").asText(null));
    }

    private static IllegalStateException unsupported(String formId, String key, String type) {
        return new IllegalStateException(
                "Feltet '" + key + "' i skemaet " + formId + " er af typen " + type + ", som serveren ikke kan tjekke");
    }
}
