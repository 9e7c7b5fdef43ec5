package dk.skolehjem.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Fills a form's choice fields from their code lists as the form is deployed, so Tasklist shows the enum's values
 * and Danish labels and the {@code .form} file does not repeat them.
 */
public final class FormChoices {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private FormChoices() {}

    /** The form with its rule's code lists filled in. */
    public static byte[] fill(byte[] form, FormRules rules) {
        try {
            return fill(form, rules.codeLists(JSON.readTree(form).path("id").asText()));
        } catch (IOException e) {
            throw new UncheckedIOException("Skemaet kunne ikke læses", e);
        }
    }

    /**
     * The form with the choice field (select or radio) of each code list's key given its choices; the form unchanged
     * when none of them is a choice field in it (a rule for two forms may have the field as a choice in one only).
     */
    public static byte[] fill(byte[] form, List<CodeList> codeLists) {
        if (codeLists.isEmpty()) {
            return form;
        }
        try {
            JsonNode root = JSON.readTree(form);
            boolean filled = false;
            for (CodeList list : codeLists) {
                filled |= fill(root.path("components"), list);
            }
            return filled ? JSON.writeValueAsBytes(root) : form;
        } catch (IOException e) {
            throw new UncheckedIOException("Skemaet kunne ikke læses", e);
        }
    }

    private static boolean fill(JsonNode components, CodeList list) {
        boolean filled = false;
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            if (list.field().equals(c.path("key").asText(null)) && (type.equals("select") || type.equals("radio"))) {
                ArrayNode values = ((ObjectNode) c).putArray("values");
                list.choices()
                        .forEach(choice ->
                                values.addObject().put("label", choice.label()).put("value", choice.value()));
                filled = true;
            }
            filled |= fill(c.path("components"), list);
        }
        return filled;
    }
}
