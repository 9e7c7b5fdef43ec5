package dk.skolehjem.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Our Danish webapp texts must cover exactly the keys of Camunda's English ones, or the UI shows raw keys. */
class WebappTranslationSyncTest {

    private static final String BASE = "META-INF/resources/webjars/camunda/app/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}");
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void danishHasEveryEnglishKeyAndPlaceholder(String app) throws IOException {
        Map<String, JsonNode> en = flatten(read(BASE + app + "/locales/en.json"));
        Map<String, JsonNode> da = flatten(read(BASE + app + "/locales/da.json"));

        assertThat(da.keySet()).as(app + ": keys of da.json").isEqualTo(en.keySet());
        List<String> problems = new ArrayList<>();
        for (var e : en.entrySet()) {
            JsonNode danish = da.get(e.getKey());
            if (e.getValue().isArray() && danish.size() != e.getValue().size()) {
                problems.add(e.getKey() + ": " + danish.size() + " elementer, engelsk har "
                        + e.getValue().size());
            }
            if (e.getValue().isTextual()) {
                if (!e.getValue().asText().isBlank() && danish.asText().isBlank()) {
                    problems.add(e.getKey() + ": tom oversættelse");
                }
                Matcher m = PLACEHOLDER.matcher(e.getValue().asText());
                while (m.find()) {
                    if (!danish.asText().contains(m.group())) {
                        problems.add(e.getKey() + ": mangler " + m.group());
                    }
                }
            }
        }
        assertThat(problems).as(app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void danishIsTheLanguageForEveryBrowser(String app) throws IOException {
        String config;
        try (InputStream in = resource(BASE + app + "/scripts/config.js")) {
            config = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(config).contains("availableLocales: ['da']").contains("fallbackLocale: 'da'");
    }

    private JsonNode read(String path) throws IOException {
        try (InputStream in = resource(path)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = WebappTranslationSyncTest.class.getClassLoader().getResourceAsStream(path);
        assertThat(in).as(path).isNotNull();
        return in;
    }

    private static Map<String, JsonNode> flatten(JsonNode node) {
        Map<String, JsonNode> out = new TreeMap<>();
        flatten("", node, out);
        return out;
    }

    private static void flatten(String prefix, JsonNode node, Map<String, JsonNode> out) {
        if (node.isObject()) {
            node.fields()
                    .forEachRemaining(
                            e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(), e.getValue(), out));
        } else {
            out.put(prefix, node);
        }
    }
}
