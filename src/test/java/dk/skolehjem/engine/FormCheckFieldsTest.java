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
    void aChecklistIsReadAsTheValuesTickedAndOnlyWhatWasOfferedIsAccepted() {
        FormDefinition checklist = FormDefinition.parse(json("""
                {"id": "attendance", "components": [
                  {"key": "present", "label": "Hvem deltog", "type": "checklist", "valuesKey": "invited",
                   "validate": {"required": true}}
                ]}""".getBytes(StandardCharsets.UTF_8)));
        FormField present = checklist.field("present");
        assertThat(present.kind()).isEqualTo(FormField.Kind.CHECKLIST);
        assertThat(present.valuesKey()).isEqualTo("invited");
        assertThat(FieldCheck.checklist(present, "[\"student\", \"team\"]"))
                .as("the JSON array Tasklist sends")
                .containsExactly("student", "team");
        assertThat(FieldCheck.checklist(present, List.of("team"))).containsExactly("team");
        assertThat(FieldCheck.checklist(present, null)).isEmpty();
        assertThatThrownBy(() -> FieldCheck.checklist(present, "{\"a\": 1}"))
                .hasMessageContaining("Vælg en af mulighederne i feltet 'Hvem deltog'.");
        List<String> offered = FieldCheck.offered("[{\"label\": \"Mor Et (forælder)\", \"value\": \"guardian:mor1\"},"
                + " {\"label\": \"Klasseteamet (klasseteam)\", \"value\": \"team\"}]");
        assertThat(offered).containsExactly("guardian:mor1", "team");
        assertThatCode(() -> FieldCheck.offeredOnly(present, List.of("team"), offered))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> FieldCheck.offeredOnly(present, List.of("guardian:far1"), offered))
                .as("a person who was not invited")
                .hasMessageContaining("Vælg en af mulighederne i feltet 'Hvem deltog'.");
        assertThatThrownBy(() -> FieldCheck.check(present, "[]", null))
                .as("nobody ticked where someone must be")
                .hasMessageContaining("Feltet 'Hvem deltog' skal udfyldes.");
        assertThatThrownBy(() -> FieldCheck.check(present, List.of(), null))
                .hasMessageContaining("Feltet 'Hvem deltog' skal udfyldes.");
    }

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
