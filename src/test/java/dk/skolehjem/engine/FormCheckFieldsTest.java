package dk.skolehjem.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How a field is checked by what its form says, and how a code list fills a form: the refusals name the field by
 * the form's label, a field shown on a condition or only for reading is not required, and a choice outside the
 * enum is refused with the code list's own sentence.
 */
class FormCheckFieldsTest {

    private static final String FORM = """
            {"id": "test-form", "type": "default", "components": [
              {"type": "text", "text": "### Overskrift"},
              {"key": "note", "label": "Hvad skete der?", "type": "textarea", "validate": {"required": true, "maxLength": 5}},
              {"key": "extra", "label": "Mere", "type": "textarea", "validate": {"required": true},
               "conditional": {"hide": "=note = null"}},
              {"key": "shown", "label": "Vist", "type": "textfield", "readonly": true, "validate": {"required": true}},
              {"key": "day", "dateLabel": "Hvilken dag?", "type": "datetime", "subtype": "date", "validate": {"required": true}},
              {"key": "count", "label": "Antal", "type": "number", "validate": {"min": 1, "max": 3}},
              {"key": "agreed", "label": "Er I enige?", "type": "radio", "validate": {"required": true},
               "values": [{"label": "Ja", "value": "ja"}, {"label": "Nej", "value": "nej"}]},
              {"key": "colour", "label": "Farve", "type": "select"}
            ]}""";

    private enum Colour implements Choice {
        ROED("roed", "Rød"),
        BLAA("blaa", "Blå");

        private final String value;
        private final String label;

        Colour(String value, String label) {
            this.value = value;
            this.label = label;
        }

        @Override
        public String value() {
            return value;
        }

        @Override
        public String label() {
            return label;
        }
    }

    private static final CodeList COLOURS = CodeList.of("colour", Colour.class, "Vælg en farve i listen.");

    private final FormDefinition form = FormDefinition.parse(json(FORM.getBytes(StandardCharsets.UTF_8)));

    @Test
    void theFormSaysEachFieldsLabelKindAndLimits() {
        assertThat(form.id()).isEqualTo("test-form");
        assertThat(form.fields())
                .extracting(FormField::key)
                .containsExactly("note", "extra", "shown", "day", "count", "agreed", "colour");
        assertThat(form.field("day").label())
                .as("a date's label is its dateLabel")
                .isEqualTo("Hvilken dag?");
        assertThat(form.field("day").kind()).isEqualTo(FormField.Kind.DATE);
        assertThat(form.field("agreed").kind()).isEqualTo(FormField.Kind.YES_NO);
        assertThat(form.field("colour").kind()).isEqualTo(FormField.Kind.CHOICE);
        assertThat(form.field("note").maxLength()).isEqualTo(5);
        assertThat(form.field("extra").maxLength())
                .as("no maxLength: the product's longest text")
                .isEqualTo(FormInput.MAX_TEXT);
        assertThat(form.field("extra").conditional()).isTrue();
        assertThatThrownBy(() -> form.field("nope")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusalsNameTheFieldByTheFormsLabel() {
        assertThatThrownBy(() -> check("note", null)).hasMessage("Feltet 'Hvad skete der?' skal udfyldes.");
        assertThatThrownBy(() -> check("note", "  ")).hasMessage("Feltet 'Hvad skete der?' skal udfyldes.");
        assertThatThrownBy(() -> check("note", "sekser"))
                .hasMessage("Feltet 'Hvad skete der?' må højst være 5 tegn (det er 6).");
        assertThatThrownBy(() -> check("note", 7)).hasMessage("Feltet 'Hvad skete der?' skal være tekst.");
        assertThatThrownBy(() -> check("day", "i morgen"))
                .hasMessage("Feltet 'Hvilken dag?' skal være en dato, ikke 'i morgen'.");
        assertThatThrownBy(() -> check("count", 4)).hasMessage("Feltet 'Antal' skal være mellem 1 og 3.");
        assertThatThrownBy(() -> check("count", "tre")).hasMessage("Feltet 'Antal' skal være et tal.");
        assertThatThrownBy(() -> check("agreed", "måske")).hasMessage("Vælg ja eller nej i feltet 'Er I enige?'.");
        assertThatThrownBy(() -> check("agreed", null)).hasMessage("Vælg ja eller nej i feltet 'Er I enige?'.");
        assertThatThrownBy(() -> FieldCheck.check(form.field("colour"), "groen", COLOURS))
                .hasMessage("Vælg en farve i listen.");
    }

    @Test
    void goodAnswers_aConditionalField_andAReadOnlyField_pass() {
        assertThatCode(() -> {
                    check("note", "kort");
                    check("extra", null);
                    check("shown", null);
                    check("day", "2027-02-01");
                    check("count", "2");
                    check("count", null);
                    check("agreed", "ja");
                    check("agreed", false);
                    FieldCheck.check(form.field("colour"), "blaa", COLOURS);
                })
                .doesNotThrowAnyException();
    }

    @Test
    void aCodeListFillsItsChoiceField_andAFormWithoutOneIsDeployedAsItIs() throws Exception {
        byte[] source = FORM.getBytes(StandardCharsets.UTF_8);
        FormDefinition deployed = FormDefinition.parse(json(FormChoices.fill(source, List.of(COLOURS))));
        assertThat(deployed.field("colour").choices())
                .containsExactly(new Choice.Option("roed", "Rød"), new Choice.Option("blaa", "Blå"));
        assertThat(FormChoices.fill(source, List.of())).isSameAs(source);
    }

    @Test
    void aFieldTheServerCannotCheckStopsTheForm() {
        assertThatThrownBy(() -> FormDefinition.parse(json("""
                {"id": "x", "components": [{"key": "tags", "label": "Mærker", "type": "taglist"}]}""".getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("taglist");
    }

    private void check(String key, Object value) {
        FieldCheck.check(form.field(key), value, null);
    }

    private static com.fasterxml.jackson.databind.JsonNode json(byte[] bytes) {
        try {
            return new ObjectMapper().readTree(bytes);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
