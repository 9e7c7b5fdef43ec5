package dk.skolehjem.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.variable.type.ValueType;
import org.junit.jupiter.api.Test;

/** A document's JSON fits the engine whatever its length: text up to the limit, bytes beyond, read back the same. */
class DocumentVariableTest {

    @Test
    void aShortDocumentIsText_aLongOneBytes_bothReadBackUnchanged() {
        String small = "{\"kind\":\"MINUTES\",\"text\":\"kort\"}";
        String large = "{\"kind\":\"YEAR_SUMMARY\",\"text\":\"" + "Å".repeat(5_000) + "\"}";
        assertThat(DocumentVariable.of(small).getType()).isEqualTo(ValueType.STRING);
        assertThat(DocumentVariable.of(large).getType())
                .as("the engine keeps text to 4,000 characters")
                .isEqualTo(ValueType.BYTES);
        assertThat(DocumentVariable.read(DocumentVariable.of(small).getValue())).isEqualTo(small);
        assertThat(DocumentVariable.read(DocumentVariable.of(large).getValue())).isEqualTo(large);
        assertThat(DocumentVariable.read(42)).isNull();
    }
}
