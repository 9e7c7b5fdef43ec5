package dk.skolehjem.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.MonthDay;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads one policy YAML file strictly (unknown fields are errors) and reports problems by field path. */
final class PolicyParser {

    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{2})-(\\d{2})");

    private final ObjectMapper yaml = JsonMapper.builder(new YAMLFactory())
            .addModule(new JavaTimeModule())
            .addModule(new SimpleModule().addDeserializer(MonthDay.class, new MonthDayDeserializer()))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    /** Parses and validates; {@code file} names the source in error messages, {@code expectedId} is the file's base name. */
    SchoolPolicy parse(InputStream in, String file, String expectedId) {
        return parse(in, file, expectedId, null);
    }

    /**
     * As {@link #parse(InputStream, String, String)}, with the principle's text kept beside the file ({@code
     * principleText}, null when there is none) used where the policy does not write it inline.
     */
    SchoolPolicy parse(InputStream in, String file, String expectedId, String principleText) {
        SchoolPolicy policy;
        try {
            byte[] bytes = in.readAllBytes();
            if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
                throw new PolicyException(file, List.of("filen er tom"));
            }
            policy = yaml.readValue(bytes, SchoolPolicy.class);
        } catch (JsonMappingException e) {
            throw new PolicyException(file, List.of(describe(e)));
        } catch (IOException e) {
            throw new PolicyException(
                    file,
                    List.of("filen er ikke gyldig YAML: "
                            + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage())));
        }
        if (policy == null) {
            throw new PolicyException(file, List.of("filen er tom"));
        }
        if (principleText != null
                && policy.principle() != null
                && blankText(policy.principle().text())) {
            policy = policy.withPrinciple(policy.principle().withText(principleText));
        }
        List<String> problems = PolicyValidator.problemsOf(policy, expectedId);
        if (!problems.isEmpty()) {
            throw new PolicyException(file, problems);
        }
        return policy;
    }

    private static boolean blankText(String text) {
        return text == null || text.isBlank();
    }

    private static String describe(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
        String line = e.getLocation() != null ? " (linje " + e.getLocation().getLineNr() + ")" : "";
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException u) {
            return "ukendt felt '" + path + "'" + line + "; tilladte felter her: " + u.getKnownPropertyIds();
        }
        return "feltet '" + path + "' har en ugyldig værdi" + line + ": " + e.getOriginalMessage();
    }

    /** "09-15" (month-day, as people write it), not Java's "--09-15". */
    private static final class MonthDayDeserializer extends JsonDeserializer<MonthDay> {
        @Override
        public MonthDay deserialize(JsonParser p, DeserializationContext ctxt)
                throws IOException, JsonProcessingException {
            String text = p.getValueAsString();
            var m = MONTH_DAY.matcher(text == null ? "" : text.trim());
            try {
                if (m.matches()) {
                    return MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                }
            } catch (java.time.DateTimeException ignored) {
                // reported below with the text the person wrote
            }
            throw JsonMappingException.from(p, "skriv måned-dag som MM-DD, fx \"09-15\", ikke \"" + text + "\"");
        }
    }
}
