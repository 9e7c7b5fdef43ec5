package dk.skolehjem.concern;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.engine.Choice;
import java.io.File;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.Test;

/**
 * The triage table speaks the registration's code lists: every value its category and urgency columns name (the
 * input values and every rule's input entry) is a constant of {@link ConcernCategory} or {@link ConcernUrgency}, and
 * the columns list all of them, so a category added to the enum cannot slip past the table unnoticed.
 */
class ConcernTriageCodeListsTest {

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    /** The table's text inputs (by their expression) and the code list each one reads. */
    private static final Map<String, Class<? extends Choice>> CODE_LISTS =
            Map.of("category", ConcernCategory.class, "urgency", ConcernUrgency.class);

    @Test
    void everyValueTheTableNamesIsAnEnumConstant_andItsColumnsListThemAll() {
        DecisionTable table = Dmn.readModelFromFile(new File("processes/concern-triage.dmn"))
                .getModelElementsByType(DecisionTable.class)
                .iterator()
                .next();
        List<Input> inputs = new ArrayList<>(table.getInputs());
        SoftAssertions soft = new SoftAssertions();
        for (int i = 0; i < inputs.size(); i++) {
            Input input = inputs.get(i);
            String expression =
                    input.getInputExpression().getText().getTextContent().trim();
            List<String> named = new ArrayList<>();
            if (input.getInputValues() != null) {
                named.addAll(quoted(input.getInputValues().getText().getTextContent()));
            }
            for (Rule rule : table.getRules()) {
                InputEntry entry = new ArrayList<>(rule.getInputEntries()).get(i);
                named.addAll(quoted(entry.getText().getTextContent()));
            }
            Class<? extends Choice> codeList = CODE_LISTS.get(expression);
            if (codeList == null) {
                soft.assertThat(named)
                        .as("text values in the column '" + expression + "', which has no code list")
                        .isEmpty();
                continue;
            }
            Set<String> constants = Arrays.stream(codeList.getEnumConstants())
                    .map(Choice::value)
                    .collect(Collectors.toSet());
            soft.assertThat(constants)
                    .as("constants of " + codeList.getSimpleName())
                    .containsAll(named);
            soft.assertThat(quoted(input.getInputValues().getText().getTextContent()))
                    .as("the column's input values")
                    .containsExactlyInAnyOrderElementsOf(constants);
        }
        soft.assertThat(inputs)
                .extracting(
                        in -> in.getInputExpression().getText().getTextContent().trim())
                .as("the table reads both code lists")
                .containsAll(CODE_LISTS.keySet());
        soft.assertAll();
        assertThat(table.getRules()).isNotEmpty();
    }

    private static List<String> quoted(String text) {
        List<String> values = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }
}
