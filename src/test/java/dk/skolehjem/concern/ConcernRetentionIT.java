package dk.skolehjem.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.skolehjem.Http;
import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.engine.AsSystem;
import dk.skolehjem.minutes.CaseInvitations;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Retention leaves nothing of a case behind (L10), whichever package owns the table: a closed concern with rows in
 * every table the product keeps about a case (its documents and who downloaded them, messages about the case and
 * about the guardians' consent, PPR's invitation, the consent answers, level changes, an underretning and its check,
 * who read the case) is, once its time is over, gone from every application table that points at one of its process
 * instances or documents. The tables are found in the database's own catalogue, so a new one cannot slip past.
 */
@SkoleHjemIT
class ConcernRetentionIT {

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    IdentityService identity;

    @Autowired
    ConcernRetention retention;

    @Autowired
    CaseInvitations invitations;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Test
    void aClosedCaseIsGoneFromEveryTableOfEveryPackage_whenItsRetentionTimeIsOver() {
        String id = raise();
        Http leder = Http.tasklist(port, "leder");
        Http laerer = Http.tasklist(port, "laerer");
        complete(leder, task(id, "reviewLevel"), Map.of("chosenLevel", "3"));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> consentTask(id, "foraelder1") != null && consentTask(id, "g5a01b") != null);

        // read, an underretning recorded and checked by leadership
        assertThat(laerer.get("/bekymringer/" + id).status()).isEqualTo(200);
        String today = LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString();
        assertThat(laerer.postForm(
                                "/bekymringer/" + id + "/underretning",
                                Map.of("madeOn", today, "madeBy", "Lærer Larsen", "reference", "KOM-9"))
                        .body())
                .contains("Underretningen er registreret");
        complete(leder, task(id, "ensureUnderretning"), Map.of("underretningSent", true));
        // PPR's invitation, as the consent would have given it
        invitations.invite(id, "ppr");

        // one guardian says no: the consent record is written, leadership closes the case
        assertThat(Http.family(port, "foraelder1")
                        .answer(consentTask(id, "foraelder1").getId(), Map.of("consent", "nej"))
                        .status())
                .isEqualTo(302);
        AsSystem.call(identity, () -> {
            tasks.complete(consentTask(id, "g5a01b").getId(), Map.of("consent", "ja"));
            return null;
        });
        await().atMost(Duration.ofSeconds(20)).until(() -> task(id, "decideWithoutConsent") != null);
        String consentRecord = jdbc.queryForObject(
                "select id from app.document where process_instance_id = :p " + "and kind = 'CONSENT_RECORD'",
                Map.of("p", id),
                String.class);
        assertThat(leder.get("/api/minutes/" + consentRecord).status()).isEqualTo(200);
        complete(
                leder,
                task(id, "decideWithoutConsent"),
                Map.of("nextStep", "luk", "decisionReason", "Forældrene ønsker det ikke"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(id).count())
                .as("closed")
                .isZero();

        List<String> instances = new ArrayList<>(List.of(id));
        history.createHistoricProcessInstanceQuery().superProcessInstanceId(id).list().stream()
                .map(HistoricProcessInstance::getId)
                .forEach(instances::add);
        assertThat(instances).as("the case and the guardians' consent").hasSize(2);
        List<String> documents = jdbc.queryForList(
                "select id from app.document where process_instance_id = :p", Map.of("p", id), String.class);
        Map<String, Integer> before = rowsAbout(instances, documents);
        assertThat(before)
                .as("the case has rows in every package's tables")
                .containsKeys(
                        "document",
                        "document_download",
                        "notification",
                        "case_invitation",
                        "concern_case",
                        "concern_level_change",
                        "concern_consent",
                        "concern_read",
                        "underretning",
                        "underretning_check");
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.notification where process_instance_id in (:p)",
                        Map.of("p", instances.subList(1, instances.size())),
                        Integer.class))
                .as("the consent's own messages to the guardians")
                .isPositive();

        assertThat(retention.deleteExpired()).as("not yet").isZero();
        // its time ran out yesterday (PostgreSQL's trigger lets an underretning go only then)
        jdbc.update(
                "update app.concern_case set retain_until = :d where process_instance_id = :p",
                Map.of("d", java.sql.Date.valueOf(LocalDate.now().minusDays(1)), "p", id));
        assertThat(retention.deleteExpired()).isGreaterThanOrEqualTo(1);

        assertThat(rowsAbout(instances, documents))
                .as("rows left about the case")
                .isEmpty();
        for (String instance : instances) {
            assertThat(history.createHistoricProcessInstanceQuery()
                            .processInstanceId(instance)
                            .count())
                    .isZero();
            assertThat(history.createHistoricVariableInstanceQuery()
                            .processInstanceId(instance)
                            .count())
                    .isZero();
        }
        assertThat(history.createHistoricDecisionInstanceQuery()
                        .processInstanceId(id)
                        .count())
                .isZero();
        assertThat(leder.get("/bekymringer/" + id).status()).isEqualTo(404);
    }

    /**
     * Per application table (not view), how many rows point at one of the instances (a {@code process_instance_id}
     * column) or at one of the documents (a {@code document_id} column); tables without any are left out.
     */
    private Map<String, Integer> rowsAbout(List<String> instances, List<String> documents) {
        Map<String, Integer> rows = new TreeMap<>();
        for (Map<String, Object> column : jdbc.queryForList(
                "select lower(c.table_name) as t, lower(c.column_name) as c "
                        + "from information_schema.columns c join information_schema.tables t on t.table_schema = c.table_schema "
                        + "and t.table_name = c.table_name where lower(c.table_schema) = 'app' and t.table_type = 'BASE TABLE' "
                        + "and lower(c.column_name) in ('process_instance_id', 'document_id')",
                Map.of())) {
            String table = (String) column.get("t");
            boolean byInstance = "process_instance_id".equals(column.get("c"));
            List<String> ids = byInstance ? instances : documents;
            if (ids.isEmpty()) {
                continue;
            }
            Integer count = jdbc.queryForObject(
                    "select count(*) from app." + table + " where " + column.get("c") + " in (:ids)",
                    Map.of("ids", ids),
                    Integer.class);
            if (count != null && count > 0) {
                rows.merge(table, count, Integer::sum);
            }
        }
        return rows;
    }

    /** laerer raises a concern about Louise (5.A) from the class's page, serious enough for PPR. */
    private String raise() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("category", "hjemforhold");
        fields.put("description", "Louise fortæller om skænderier derhjemme");
        fields.put("concernSince", "2026-09-01");
        fields.put("urgency", "hoej");
        fields.put("earlierAttempts", "0");
        fields.put("childAtRisk", "true");
        var before = runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike("%:e5a01").list().stream()
                .map(p -> p.getId())
                .toList();
        Http.Answer started = Http.tasklist(port, "laerer").postForm("/klasseteam/bekymring?barn=e5a01", fields);
        assertThat(started.status()).as(started.body()).isEqualTo(302);
        return runtime.createProcessInstanceQuery().processInstanceBusinessKeyLike("%:e5a01").list().stream()
                .map(p -> p.getId())
                .filter(i -> !before.contains(i))
                .filter(i -> task(i, "reviewLevel") != null)
                .findFirst()
                .orElseThrow();
    }

    private Task task(String processInstanceId, String key) {
        return tasks.createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(key)
                .singleResult();
    }

    /** The guardian's own question about this case, in the consent process the case called. */
    private Task consentTask(String caseId, String guardian) {
        return runtime.createProcessInstanceQuery().superProcessInstanceId(caseId).list().stream()
                .map(p -> tasks.createTaskQuery()
                        .processInstanceId(p.getId())
                        .taskAssignee(guardian)
                        .active()
                        .singleResult())
                .filter(t -> t != null)
                .findFirst()
                .orElse(null);
    }

    private static void complete(Http who, Task task, Map<String, Object> values) {
        Map<String, Object> v = new LinkedHashMap<>();
        values.forEach((k, value) -> v.put(k, Map.of("value", value)));
        Http.Answer done = who.postJson(Http.ENGINE + "/task/" + task.getId() + "/submit-form", Map.of("variables", v));
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }
}
