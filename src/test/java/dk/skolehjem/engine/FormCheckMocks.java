package dk.skolehjem.engine;

import java.util.List;
import org.camunda.bpm.engine.test.mock.Mocks;

/**
 * Test aid: the form check ({@code ${formCheck}}) with the rules of every process a test registers; a test of
 * several processes registers each one's rules in turn, so they are added up rather than replaced.
 */
public final class FormCheckMocks {

    private FormCheckMocks() {
    }

    public static void register(FormRule... rules) {
        for (FormRule rule : rules) {
            Mocks.register("formRule:" + rule.getClass().getName(), rule);
        }
        List<FormRule> all = Mocks.getMocks().values().stream().filter(FormRule.class::isInstance).map(FormRule.class::cast)
                .toList();
        Mocks.register("formCheck", new FormCheck(new FormRules(all)));
    }
}
