package dk.skolehjem.conference;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skolehjem.engine.FormChoices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The language lists the families see in their booking forms, as deployed, are exactly the ones the server accepts
 * (L8): the list of {@link InterpreterLanguage}.
 */
class InterpreterLanguagesTest {

    @ParameterizedTest
    @ValueSource(strings = {"forms/pre-conference.form", "forms/learning-booking.form"})
    void theFormsLanguageListMatchesTheServersCheck(String form) throws Exception {
        // as the deployment fills it, from the booking forms' rule
        JsonNode components = new ObjectMapper()
                .readTree(FormChoices.fill(
                        Files.readAllBytes(Path.of(form)), new BookingForm(null, null, null, null).codeLists()))
                .get("components");
        Set<String> offered = new HashSet<>();
        JsonNode language = null;
        for (JsonNode c : components) {
            if ("interpreterLanguage".equals(c.path("key").asText())) {
                language = c;
            }
        }
        assertThat(language).as("a language field in " + form).isNotNull();
        assertThat(language.path("type").asText()).isEqualTo("select");
        assertThat(language.path("validate").path("required").asBoolean()).isTrue();
        assertThat(language.path("conditional").path("hide").asText()).isEqualTo("=interpreterNeeded != true");
        language.get("values").forEach(v -> offered.add(v.get("value").asText()));
        assertThat(offered)
                .isEqualTo(Arrays.stream(InterpreterLanguage.values())
                        .map(InterpreterLanguage::value)
                        .collect(Collectors.toSet()));
    }
}
