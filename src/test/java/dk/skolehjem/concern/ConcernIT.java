package dk.skolehjem.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.skolehjem.Http;
import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.engine.AsSystem;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A concern over HTTP, for every role: the class team and leadership open the case; another class's team, another
 * school's leadership, the administrator, guardians and PPR before consent do not; PPR does after the guardians'
 * consent, and only this case. Guardians see their own consent task (and nothing internal on it) and the minutes
 * meant for them. An underretning is recorded and leadership gets its task. A closed case is deleted, documents and
 * history together, when the retention time is over.
 */
@SkoleHjemIT
class ConcernIT {

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    ManagementService management;

    @Autowired
    IdentityService identity;

    @Autowired
    ConcernRetention retention;

    @Autowired
    dk.skolehjem.parents.GuardianSuspensions suspensions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    dk.skolehjem.roster.RosterImportService rosterImport;

    @Autowired
    dk.skolehjem.schoolyear.SchoolYearRollout rollout;

    @Test
    void everyRoleSeesOnlyWhatItMay_beforeAndAfterTheGuardiansConsent() {
        dk.skolehjem.TestSchools.ensureAnden(rosterImport, rollout, identity);
        String id = raise("hjemforhold", "hoej", true);
        Http leder = Http.tasklist(port, "leder");
        complete(leder, task(id, "reviewLevel"), Map.of("chosenLevel", "3"));
        waitFor(() -> consentTask("foraelder1") != null);

        Http laerer = Http.tasklist(port, "laerer");
        Http.Answer page = laerer.get("/bekymringer/" + id);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Louise Hansen",
                        "Hjemmets situation",
                        "Louise fortæller om skænderier derhjemme",
                        "overvej underretning");
        assertThat(leder.get("/bekymringer/" + id).status()).isEqualTo(200);
        assertThat(leder.get("/bekymringer").body()).contains("/bekymringer/" + id);
        for (String outsider : new String[] {"paedagog", "ppr", "foraelder1", "foraelder2", "anden-leder", "demo"}) {
            assertThat(Http.as(port, outsider).get("/bekymringer/" + id).status())
                    .as(outsider)
                    .isEqualTo(404);
            assertThat(Http.as(port, outsider).get("/bekymringer").body())
                    .as(outsider)
                    .doesNotContain(id);
        }
        assertThat(Http.tasklist(port, "ppr")
                        .get(Http.ENGINE + "/task?processInstanceId=" + id)
                        .json())
                .as("PPR before consent")
                .isEmpty();
        assertThat(Http.family(port, "foraelder2").get("/foraeldre").body()).doesNotContain("inddrage PPR");

        // the guardian's own task, with nothing internal on it
        Task mine = consentTask("foraelder1");
        Http parent = Http.family(port, "foraelder1");
        assertThat(parent.get("/foraeldre").body())
                .as("on Mit barn too")
                .contains("Må skolen inddrage PPR?")
                .doesNotContain("skænderier");
        Http.Answer form = parent.get("/foraeldre/opgave/" + mine.getId());
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body())
                .contains("Louise Hansen", "Må skolen inddrage PPR?", "Hvad er PPR?")
                .doesNotContain("skænderier", "hjemforhold", "childAtRisk", "considerUnderretning", "description");
        assertThat(parent.get(Http.ENGINE + "/task/" + mine.getId() + "/form-variables")
                        .status())
                .as("no engine door for a family")
                .isEqualTo(403);
        assertThat(Http.family(port, "foraelder2")
                        .get("/foraeldre/opgave/" + mine.getId())
                        .status())
                .as("another family's guardian")
                .isEqualTo(404);

        // an underretning: recorded once, never changed, leadership makes sure it is sent today
        Http.Answer wrong = laerer.postForm(
                "/bekymringer/" + id + "/underretning", Map.of("madeOn", "2099-01-01", "madeBy", "Lærer Larsen"));
        assertThat(wrong.body()).contains("Dato for underretningen");
        assertThat(count("underretning", id)).isZero();
        assertThat(parent.postForm(
                                "/bekymringer/" + id + "/underretning",
                                Map.of("madeOn", LocalDate.now().toString(), "madeBy", "Forælder"))
                        .status())
                .isEqualTo(404);
        Http.Answer recorded = laerer.postForm(
                "/bekymringer/" + id + "/underretning",
                Map.of(
                        "madeOn",
                        LocalDate.now(ZoneId.of("Europe/Copenhagen")).toString(),
                        "madeBy",
                        "Lærer Larsen",
                        "reference",
                        "KOM-77"));
        assertThat(recorded.body()).contains("Underretningen er registreret", "KOM-77");
        assertThat(count("underretning", id)).isEqualTo(1);
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(id)
                        .taskDefinitionKey("ensureUnderretning")
                        .taskCandidateGroup("leadership-demo")
                        .count())
                .isEqualTo(1);

        // consent from both guardians with custody: PPR is invited to this case only
        assertThat(parent.answer(mine.getId(), Map.of("consent", "ja", "guardianView", "Vi vil gerne have hjælp"))
                        .status())
                .isEqualTo(302);
        AsSystem.call(identity, () -> {
            tasks.complete(consentTask("g5a01b").getId(), Map.of("consent", "ja"));
            return null;
        });
        waitFor(() -> tasks.createTaskQuery()
                        .processInstanceId(id)
                        .taskDefinitionKey("preparePpr")
                        .count()
                == 1);
        Http ppr = Http.tasklist(port, "ppr");
        assertThat(ppr.get("/bekymringer/" + id).status())
                .as("PPR after consent")
                .isEqualTo(200);
        assertThat(ppr.get(Http.ENGINE + "/task?processInstanceId=" + id).body())
                .contains("Forbered netværksmødet");
        String consentRecord = jdbc.queryForObject(
                "select id from app.document where process_instance_id = ? " + "and kind = 'CONSENT_RECORD'",
                String.class,
                id);
        assertThat(ppr.get("/api/minutes/" + consentRecord).status()).isEqualTo(200);
        assertThat(parent.get("/api/minutes/" + consentRecord).status())
                .as("internal")
                .isEqualTo(404);
        assertThat(Http.as(port, "paedagog")
                        .get("/api/minutes/" + consentRecord)
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.queryForList(
                        "select distinct user_id from app.concern_read where process_instance_id = ?",
                        String.class,
                        id))
                .as("every opening is logged")
                .contains("laerer", "leder", "ppr");
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.document_download where document_id = ?",
                        Integer.class,
                        consentRecord))
                .isEqualTo(1);

        // the network meeting: the family, the class team and PPR are invited, each with their own way in
        complete(ppr, task(id, "preparePpr"), Map.of("pprPreparation", "Observation i klassen"));
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Copenhagen")).plusDays(14);
        complete(
                leder,
                task(id, "planNetworkMeeting"),
                Map.of(
                        "meetingDate",
                        day.toString(),
                        "meetingTime",
                        "13:00",
                        "meetingPlace",
                        "Mødelokale 2",
                        "externalParticipants",
                        "Anne Holm, sundhedsplejerske"));
        Map<String, String> invited = new java.util.HashMap<>();
        jdbc.query(
                "select recipient, link from app.notification where process_instance_id = ? and kind = 'INVITATION'",
                rs -> {
                    invited.put(rs.getString(1), rs.getString(2));
                },
                id);
        assertThat(invited)
                .containsEntry("foraelder1", "/foraeldre")
                .containsEntry("g5a01b", "/foraeldre")
                .containsEntry("laerer", "/bekymringer/" + id)
                .containsEntry("ppr", "/bekymringer/" + id)
                .doesNotContainKeys("foraelder2", "paedagog");
        assertThat(parent.get("/foraeldre").body())
                .as("the meeting on Mit barn")
                .contains("Møde om jeres barn", "Mødelokale 2");
        runtime.deleteProcessInstance(id, "test");
    }

    @Test
    void theMinutesReachTheGuardians_andAClosedCaseIsDeletedWithItsHistoryWhenTheRetentionTimeIsOver() {
        String id = raise("trivsel", "lav", false);
        Http leder = Http.tasklist(port, "leder");
        complete(leder, task(id, "reviewLevel"), Map.of("chosenLevel", "1"));
        Http laerer = Http.tasklist(port, "laerer");
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));
        Map<String, Object> talk = new LinkedHashMap<>();
        talk.put("contactedHow", "telefon");
        talk.put("contactDate", today.toString());
        talk.put("summary", "Vi talte om frikvartererne");
        talk.put("agreements", "Klasseteamet: makkerordning");
        talk.put("followUpDate", today.plusDays(7).toString());
        complete(laerer, task(id, "contactGuardians"), talk);
        waitFor(() -> runtime.getVariable(id, "dialogueMinutesPdfId") != null);
        String minutes = (String) runtime.getVariable(id, "dialogueMinutesPdfId");
        assertThat(Http.as(port, "foraelder1").get("/api/minutes/" + minutes).status())
                .isEqualTo(200);
        for (String outsider : new String[] {"foraelder2", "ppr", "paedagog"}) {
            assertThat(Http.as(port, outsider).get("/api/minutes/" + minutes).status())
                    .as(outsider)
                    .isEqualTo(404);
        }
        String timer = management
                .createJobQuery()
                .processInstanceId(id)
                .activityId("wait-dialogue-follow-up")
                .singleResult()
                .getId();
        management.executeJob(timer);
        complete(laerer, task(id, "followUpDialogue"), Map.of("resolved", "ja", "followUpNote", "Det går bedre"));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(id).count())
                .as("closed")
                .isZero();
        LocalDate keptUntil = jdbc.queryForObject(
                        "select retain_until from app.concern_case where process_instance_id = ?",
                        java.sql.Date.class,
                        id)
                .toLocalDate();
        assertThat(keptUntil).isEqualTo(today.plusYears(5));

        assertThat(retention.deleteExpired()).as("not yet").isZero();
        ClockUtil.setCurrentTime(Date.from(keptUntil
                .plusDays(1)
                .atTime(3, 0)
                .atZone(ZoneId.of("Europe/Copenhagen"))
                .toInstant()));
        try {
            assertThat(retention.deleteExpired()).isGreaterThanOrEqualTo(1);
        } finally {
            ClockUtil.reset();
        }
        assertThat(count("concern_case", id)).isZero();
        assertThat(count("concern_level_change", id)).isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.document where process_instance_id = ?", Integer.class, id))
                .isZero();
        assertThat(history.createHistoricProcessInstanceQuery()
                        .processInstanceId(id)
                        .count())
                .isZero();
        assertThat(history.createHistoricDecisionInstanceQuery()
                        .processInstanceId(id)
                        .count())
                .isZero();
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(id)
                        .count())
                .isZero();
        assertThat(Http.as(port, "leder").get("/bekymringer/" + id).status()).isEqualTo(404);
    }

    @Test
    void aGuardianSuspendedWhileAskedForConsent_isNoLongerAsked_andTheCaseGoesOn() {
        String id = raise("hjemforhold", "hoej", true);
        complete(Http.tasklist(port, "leder"), task(id, "reviewLevel"), Map.of("chosenLevel", "3"));
        waitFor(() -> consentTask("g5a01b") != null);
        assertThat(Http.family(port, "foraelder1")
                        .answer(consentTask("foraelder1").getId(), Map.of("consent", "ja"))
                        .status())
                .isEqualTo(302);
        Http admin = Http.as(port, "leder");
        Http.Answer suspended = admin.postForm(
                "/ledelse/suspenderinger",
                Map.of("school", "demo", "student", "e5a01", "guardian", "g5a01b", "reason", "Afgørelse fra kommunen"));
        assertThat(suspended.body()).contains("Forældremyndigheden er suspenderet med det samme.");
        long suspension = suspensions.list().get(0).id();
        try {
            assertThat(consentTask("g5a01b"))
                    .as("his question is withdrawn, not handed to the team")
                    .isNull();
            waitFor(() -> tasks.createTaskQuery()
                            .processInstanceId(id)
                            .taskDefinitionKey("preparePpr")
                            .count()
                    == 1);
            assertThat(jdbc.queryForList(
                            "select guardian_id from app.concern_consent where process_instance_id = ?",
                            String.class,
                            id))
                    .containsExactly("foraelder1");
        } finally {
            admin.postForm("/ledelse/suspenderinger/" + suspension + "/ophaev", Map.of());
            runtime.deleteProcessInstance(id, "test");
        }
    }

    @Test
    void aGuardianSaysJegErBekymret_onTheParentPage_aboutTheirOwnChildOnly() {
        Http parent = Http.family(port, "foraelder1");
        assertThat(parent.get("/foraeldre").body()).contains("/foraeldre/bekymring?barn=e5a01");
        Http.Answer form = parent.get("/foraeldre/bekymring?barn=e5a01");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body())
                .contains("Jeg er bekymret", "Hvad drejer bekymringen sig om?", "Hvor meget haster det?");
        long before =
                jdbc.queryForObject("select count(*) from app.concern_case where student_id = 'e5a01'", Long.class);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("category", "konflikt");
        fields.put("description", "Louise bliver drillet i frikvartererne");
        fields.put("concernSince", "2026-10-01");
        fields.put("earlierAttempts", "0");
        fields.put("urgency", "sjældent");
        Http.Answer refused = parent.postForm("/foraeldre/bekymring?barn=e5a01", fields);
        assertThat(refused.body()).contains("Vælg, hvor meget det haster.");
        fields.put("urgency", "middel");
        Http.Answer sent = parent.postForm("/foraeldre/bekymring?barn=e5a01", fields);
        assertThat(sent.status()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from app.concern_case where student_id = 'e5a01'", Long.class))
                .isEqualTo(before + 1);
        String id = jdbc.queryForObject(
                "select process_instance_id from app.concern_case where student_id = 'e5a01' "
                        + "and raised_by = 'foraelder1' order by opened_at desc limit 1",
                String.class);
        assertThat(jdbc.queryForObject(
                        "select raised_by_role from app.concern_case where process_instance_id = ?", String.class, id))
                .isEqualTo("GUARDIAN");
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(id)
                        .taskDefinitionKey("reviewLevel")
                        .count())
                .isEqualTo(1);
        assertThat(parent.get("/bekymringer/" + id).status())
                .as("the case itself stays with the school")
                .isEqualTo(404);
        assertThat(Http.as(port, "foraelder2")
                        .get("/foraeldre/bekymring?barn=e5a01")
                        .status())
                .isEqualTo(404);
        runtime.deleteProcessInstance(id, "test");
    }

    /** laerer raises a concern about Louise (5.A) from the class's page, as the team does. */
    private String raise(String category, String urgency, boolean atRisk) {
        Http laerer = Http.tasklist(port, "laerer");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("category", category);
        fields.put("description", "Louise fortæller om skænderier derhjemme");
        fields.put("concernSince", "2026-09-01");
        fields.put("urgency", urgency);
        fields.put("earlierAttempts", "0");
        if (atRisk) {
            fields.put("childAtRisk", "true");
        }
        var before = runtime.createProcessInstanceQuery().processDefinitionKey("concern").list().stream()
                .map(p -> p.getId())
                .toList();
        Http.Answer started = laerer.postForm("/klasseteam/bekymring?barn=e5a01", fields);
        assertThat(started.status()).as(started.body()).isEqualTo(302);
        return runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("concern")
                .processInstanceBusinessKeyLike("%:e5a01")
                .list()
                .stream()
                .map(p -> p.getId())
                .filter(i -> !before.contains(i))
                .findFirst()
                .orElseThrow();
    }

    private Task task(String processInstanceId, String key) {
        return tasks.createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(key)
                .singleResult();
    }

    private Task consentTask(String guardian) {
        return tasks.createTaskQuery()
                .processDefinitionKey("concern-consent")
                .taskAssignee(guardian)
                .active()
                .singleResult();
    }

    private static void complete(Http who, Task task, Map<String, Object> values) {
        Map<String, Object> v = new LinkedHashMap<>();
        values.forEach((k, value) -> v.put(k, Map.of("value", value)));
        Http.Answer done = who.postJson(Http.ENGINE + "/task/" + task.getId() + "/submit-form", Map.of("variables", v));
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    private int count(String table, String id) {
        return jdbc.queryForObject(
                "select count(*) from app." + table + " where process_instance_id = ?", Integer.class, id);
    }

    /** The job executor writes documents and moves the case on in the background. */
    private static void waitFor(BooleanSupplier condition) {
        await().atMost(Duration.ofSeconds(20)).until(condition::getAsBoolean);
    }
}
