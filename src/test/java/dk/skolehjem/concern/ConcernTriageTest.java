package dk.skolehjem.concern;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.ProcessTest;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The triage table (R14, L5), rule by rule, on the engine the concern process uses: each row names the rule that
 * must decide it (the engine's decision history says which did), so a reordered or changed rule shows up here. Every
 * rule of the table has at least one row, and every rule explains itself in Danish.
 */
@ProcessTest
@Deployment(resources = ConcernTriageTest.FILE)
class ConcernTriageTest {

    static final String FILE = "processes/concern-triage.dmn";
    private static final Set<String> DECIDED_BY = new HashSet<>();

    private final ProcessEngine engine;

    ConcernTriageTest(ProcessEngine engine) {
        this.engine = engine;
    }

    @ParameterizedTest(name = "{0}: {1}, {2}, {3} forsøg, fare={4} -> niveau {5}, underretning={6}")
    @CsvSource({
        "rule-risk,        trivsel,     lav,    0, true,  3, true",
        "rule-risk,        hjemforhold, hoej,   3, true,  3, true",
        "rule-home-urgent, hjemforhold, hoej,   0, false, 3, true",
        "rule-urgent-tried, adfaerd,    hoej,   1, false, 3, false",
        "rule-urgent-tried, konflikt,   hoej,   4, false, 3, false",
        "rule-urgent,      fravaer,     hoej,   0, false, 2, false",
        "rule-home,        hjemforhold, lav,    0, false, 2, true",
        "rule-home,        hjemforhold, middel, 1, false, 2, true",
        "rule-home-tried,  hjemforhold, middel, 2, false, 3, true",
        "rule-home-tried,  hjemforhold, lav,    6, false, 3, true",
        "rule-tried-twice, laering,     middel, 2, false, 3, false",
        "rule-tried-twice, andet,       lav,    5, false, 3, false",
        "rule-tried-once,  konflikt,    lav,    1, false, 2, false",
        "rule-first,       trivsel,     middel, 0, false, 1, false",
        "rule-first,       fravaer,     lav,    0, false, 1, false",
    })
    void eachRuleDecidesItsCases(
            String rule,
            String category,
            String urgency,
            int attempts,
            boolean atRisk,
            int level,
            boolean considerUnderretning) {
        DmnDecisionResult result = engine.getDecisionService()
                .evaluateDecisionByKey("concern-triage")
                .variables(Variables.createVariables()
                        .putValue("category", category)
                        .putValue("urgency", urgency)
                        .putValue("earlierAttempts", attempts)
                        .putValue("childAtRisk", atRisk))
                .evaluate();
        var matched = engine
                .getHistoryService()
                .createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey("concern-triage")
                .includeOutputs()
                .singleResult()
                .getOutputs()
                .stream()
                .map(HistoricDecisionOutputInstance::getRuleId);
        assertThat(matched).as("FIRST: the first matching rule decides").first().isEqualTo(rule);
        assertThat(result.getSingleResult().<Object>getEntry("level")).isEqualTo(level);
        assertThat(result.getSingleResult().<Object>getEntry("considerUnderretning"))
                .isEqualTo(considerUnderretning);
        DECIDED_BY.add(rule);
    }

    @Test
    void everyRuleHasADanishAnnotation_andTheHitPolicyIsFirst() {
        DecisionTable table =
                model().getModelElementsByType(DecisionTable.class).iterator().next();
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        for (Rule rule : table.getRules()) {
            assertThat(rule.getDescription())
                    .as("annotation of " + rule.getId())
                    .isNotNull();
            assertThat(rule.getDescription().getTextContent())
                    .as(rule.getId())
                    .hasSizeGreaterThan(30)
                    .containsAnyOf("æ", "ø", "å", "forældre", "ledelse", "PPR");
        }
        assertThat(new ArrayList<>(table.getRules())
                        .get(table.getRules().size() - 1)
                        .getInputEntries())
                .as("the last rule catches everything")
                .allSatisfy(e -> assertThat(e.getTextContent()).isEqualTo("-"));
    }

    @AfterAll
    static void everyRuleIsTested() {
        Set<String> rules = new HashSet<>();
        model().getModelElementsByType(Rule.class).forEach(r -> rules.add(r.getId()));
        assertThat(DECIDED_BY).as("rules with a test row").containsExactlyInAnyOrderElementsOf(rules);
    }

    private static InputStream resource() {
        return ConcernTriageTest.class.getClassLoader().getResourceAsStream(FILE);
    }

    private static DmnModelInstance model() {
        return Dmn.readModelFromStream(resource());
    }
}
