package dk.skolehjem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * What a user reads carries no requirement ids ("(R7)", "L5:") and no variable names ("studentName", "${x}"): the
 * user tasks' names and documentation (Tasklist shows the documentation as the task's description, the portal shows
 * the name) and every form's labels, texts and descriptions. Expressions the engine or form-js fills in
 * ({@code ${…}} in a task's name, {@code {{…}}} in a form's text, a label starting with {@code =}) are not text.
 */
class UserTextsTest {

    private static final Pattern REQUIREMENT_ID = Pattern.compile("\\(?\\b[RL]\\d+\\b");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{|\\{\\{|\\b[a-z]+[A-Z][A-Za-z0-9]*\\b");
    /** The keys of a form component whose value a user reads. */
    private static final List<String> TEXT_KEYS =
            List.of("label", "text", "description", "dateLabel", "timeLabel", "placeholder");

    @Test
    void userTasksNamesAndDescriptionsReadAsPlainDanish() throws Exception {
        List<String> problems = new ArrayList<>();
        for (Path bpmn : files("processes", ".bpmn")) {
            for (UserTask task : Bpmn.readModelFromFile(bpmn.toFile()).getModelElementsByType(UserTask.class)) {
                String where = bpmn.getFileName() + "#" + task.getId();
                // the engine evaluates ${…} in a task's name and description; what it leaves is what a user reads
                check(where + " name", withoutEngineExpressions(task.getName()), problems);
                for (Documentation doc : task.getDocumentations()) {
                    check(where + " documentation", withoutEngineExpressions(doc.getTextContent()), problems);
                }
            }
        }
        assertThat(problems)
                .as("requirement ids or variable names users would read")
                .isEmpty();
    }

    @Test
    void formsLabelsTextsAndDescriptionsReadAsPlainDanish() throws Exception {
        List<String> problems = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (Path form : files("forms", ".form")) {
            walk(form.getFileName().toString(), json.readTree(form.toFile()), problems);
        }
        assertThat(problems)
                .as("requirement ids or variable names users would read")
                .isEmpty();
    }

    @Test
    void theCheckFindsWhatItLooksFor() {
        List<String> problems = new ArrayList<>();
        check("a", "Tolk (L8): husk det", problems);
        check("b", "Dage og tider (R5-R7).", problems);
        check("c", "Familien til studentName", problems);
        check("d", "Frist ${dueDate}", problems);
        check("e", withoutEngineExpressions("Udgiv ugeplanen for uge ${planWeekNumber}"), problems);
        check("f", "Rolle i samtalen, læringsmål og trivsel", problems);
        assertThat(problems).hasSize(4).allMatch(p -> p.matches("[abcd]: .*"));
    }

    private static void walk(String where, JsonNode component, List<String> problems) {
        String here =
                component.hasNonNull("id") ? where + "#" + component.get("id").asText() : where;
        for (String key : TEXT_KEYS) {
            JsonNode text = component.get(key);
            if (text != null && text.isTextual() && !text.asText().startsWith("=")) {
                // form-js fills in {{…}}: a template is not text, its result is the family's or the team's words
                check(here + " " + key, text.asText().replaceAll("\\{\\{[^}]*}}", ""), problems);
            }
        }
        for (JsonNode value : component.path("values")) {
            check(here + " values", value.path("label").asText(""), problems);
        }
        for (JsonNode child : component.path("components")) {
            walk(where, child, problems);
        }
    }

    private static void check(String where, String text, List<String> problems) {
        if (text == null) {
            return;
        }
        var id = REQUIREMENT_ID.matcher(text);
        if (id.find()) {
            problems.add(where + ": requirement id '" + id.group() + "' in \"" + text + "\"");
        }
        var variable = VARIABLE.matcher(text);
        if (variable.find()) {
            problems.add(where + ": variable '" + variable.group() + "' in \"" + text + "\"");
        }
    }

    private static String withoutEngineExpressions(String text) {
        return text == null ? null : text.replaceAll("\\$\\{[^}]*}", "");
    }

    private static List<Path> files(String dir, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
