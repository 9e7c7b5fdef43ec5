package dk.skolehjem.access;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.Http;
import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.TestSchools;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.parents.GuardianSuspensions;
import dk.skolehjem.roster.RosterImportService;
import dk.skolehjem.schoolyear.SchoolYearRollout;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The product tried as an attacker would, over real HTTP, with every kind of login: guardian with custody (and on
 * the class council), guardian without custody, suspended guardian, teacher and pedagogue of another class, PPR
 * before consent, leader of another school, the operator, and nobody. Each attack must be refused and change
 * nothing: no process instance, no variable, no task, no document, no e-mail in the outbox, no user.
 */
@SkoleHjemIT
class SecurityIT {

    /** A login and how it reaches the engine API: a Tasklist or Cockpit session as the webapps do, or basic. */
    private record Role(String name, Http http) {
    }

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
    JdbcTemplate jdbc;
    @Autowired
    RosterImportService roster;
    @Autowired
    SchoolYearRollout rollout;
    @Autowired
    GuardianSuspensions suspensions;

    private final String year = SchoolYear.of(LocalDate.now()).toString();
    private final List<String> created = new ArrayList<>();

    @BeforeEach
    void secondSchool() {
        TestSchools.ensureAnden(roster, rollout, identity);
    }

    @AfterEach
    void removeTasks() {
        created.forEach(id -> {
            if (tasks.createTaskQuery().taskId(id).count() == 1) {
                tasks.deleteTask(id, true);
            }
        });
        created.clear();
    }

    /** Every person who might attack, each logged in as a browser would be. */
    private List<Role> people() {
        return List.of(new Role("guardian with custody, council member", Http.tasklist(port, "foraelder1")),
                new Role("guardian (no custody of Hamza)", Http.tasklist(port, "foraelder2")),
                new Role("teacher of 5.A", Http.tasklist(port, "laerer")),
                new Role("pedagogue of 0.A", Http.tasklist(port, "paedagog")),
                new Role("PPR, not invited", Http.tasklist(port, "ppr")),
                new Role("leader", Http.webapp(port, "leder", "cockpit")),
                new Role("leader of another school", Http.webapp(port, "anden-leder", "cockpit")),
                new Role("operator", Http.webapp(port, "demo", "cockpit")));
    }

    @Test
    void nobodyStartsCorrelatesSignalsModifiesOrWritesThroughTheEngine_andNothingChanges() {
        Task teamTask = teamTask();
        String schoolYear = teamTask.getProcessInstanceId();
        String otherChild = year + ":demo:5.A:e5a02";
        Snapshot before = snapshot(teamTask);
        Map<String, Object> startWithInstructions = Map.of("businessKey", otherChild, "skipCustomListeners", true,
                "skipIoMappings", true, "variables", Map.of("schoolId", Map.of("value", "demo")),
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "recordTalk")));
        Map<String, Map<String, Object>> attacks = new LinkedHashMap<>();
        attacks.put("POST /process-definition/key/talk-request/start", startWithInstructions);
        attacks.put("POST /process-definition/key/concern/tenant-id/demo/start", startWithInstructions);
        attacks.put("POST /process-definition/key/life-event/submit-form", Map.of("businessKey", otherChild));
        attacks.put("POST /message", Map.of("messageName", "concern-from-conference", "businessKey", otherChild,
                "processVariables", Map.of("requestedBy", Map.of("value", "laerer"))));
        attacks.put("POST /message/", Map.of("messageName", "concern-underretning", "all", true));
        attacks.put("POST /signal", Map.of("name", "anything"));
        attacks.put("POST /process-instance/" + schoolYear + "/modification", Map.of("instructions",
                List.of(Map.of("type", "startBeforeActivity", "activityId", "fillInYearPlan"))));
        attacks.put("PUT /process-instance/" + schoolYear + "/variables/planDue", Map.of("value", "2099-01-01"));
        attacks.put("POST /process-instance/" + schoolYear + "/variables", Map.of("modifications",
                Map.of("classCode", Map.of("value", "9.Z"))));
        attacks.put("POST /task/create", Map.of("name", "Referat", "tenantId", "demo"));
        attacks.put("PUT /task/" + teamTask.getId(), Map.of("name", "Flyttet", "due", "2099-01-01T00:00:00.000+0100"));
        attacks.put("PUT /task/" + teamTask.getId() + "/variables/x", Map.of("value", "y"));
        attacks.put("POST /task/" + teamTask.getId() + "/localVariables", Map.of("modifications",
                Map.of("x", Map.of("value", "y"))));
        attacks.put("POST /task/" + teamTask.getId() + "/identity-links", Map.of("userId", "foraelder1",
                "type", "candidate"));
        attacks.put("PUT /user/foraelder1/profile", Map.of("id", "foraelder1", "firstName", "Forfalsket",
                "email", "angriber@example.org"));
        attacks.put("POST /user/create", Map.of("profile", Map.of("id", "angriber"), "credentials",
                Map.of("password", "Angriber-2026!")));
        attacks.put("POST /authorization/create", Map.of("type", 1, "permissions", List.of("ALL"),
                "userId", "foraelder1", "resourceType", 0, "resourceId", "*"));
        attacks.put("DELETE /process-instance/" + schoolYear, Map.of());
        attacks.put("PUT /process-instance/" + schoolYear + "/suspended", Map.of("suspended", true));
        attacks.put("POST /process-instance/delete", Map.of("processInstanceIds", List.of(schoolYear)));
        attacks.put("POST /process-instance/variables-async", Map.of("processInstanceIds", List.of(schoolYear),
                "variables", Map.of("x", Map.of("value", "y"))));
        attacks.put("POST /modification/execute", Map.of("processDefinitionId", "x", "instructions", List.of()));
        attacks.put("POST /deployment/create", Map.of());

        SoftAssertions soft = new SoftAssertions();
        for (Role role : people()) {
            attacks.forEach((request, body) -> {
                String method = request.substring(0, request.indexOf(' '));
                String path = request.substring(request.indexOf(' ') + 1);
                Http.Answer answer = role.http().send(method, Http.ENGINE + path, "application/json", json(body), Map.of());
                soft.assertThat(answer.status()).as("%s: %s (%s)", role.name(), request, answer.body())
                        .isIn(400, 403, 404, 405);
            });
        }
        // the engine REST: the operator's door, but not to these either
        Http operator = Http.as(port, "demo");
        attacks.forEach((request, body) -> {
            String method = request.substring(0, request.indexOf(' '));
            String path = request.substring(request.indexOf(' ') + 1);
            if (path.startsWith("/deployment") || path.startsWith("/process-instance/delete")
                    || (method.equals("DELETE") || path.endsWith("/suspended"))) {
                return; // the operator's own work, tried below on something harmless
            }
            Http.Answer answer = operator.send(method, "/engine-rest" + path, "application/json", json(body), Map.of());
            soft.assertThat(answer.status()).as("operator on /engine-rest: %s (%s)", request, answer.body())
                    .isIn(400, 403, 404, 405);
        });
        for (String login : new String[] {"foraelder1", "laerer", "leder"}) {
            soft.assertThat(Http.as(port, login).send("POST", "/engine-rest/process-definition/key/talk-request/start",
                    "application/json", json(startWithInstructions), Map.of()).status())
                    .as("%s on the operator's /engine-rest", login).isEqualTo(403);
        }
        soft.assertAll();
        assertThat(snapshot(teamTask)).as("nothing changed").isEqualTo(before);
    }

    @Test
    void pathTricksAndMethodOverridesAreRefusedBeforeAnythingRuns() {
        Task own = guardianTask("foraelder1");
        Http parent = Http.tasklist(port, "foraelder1");
        String complete = Http.ENGINE + "/task/" + own.getId() + "/complete";
        String body = json(Map.of("variables", Map.of("planDue", Map.of("value", "2099-01-01"))));
        SoftAssertions soft = new SoftAssertions();
        for (String path : List.of(complete + ";x=1", complete + ";jsessionid=ABC", complete.replace("/task/", "/task//"),
                complete.replace("/complete", "/%63omplete"), Http.ENGINE + "/task%2F" + own.getId() + "/complete",
                Http.ENGINE + "/task/x/../" + own.getId() + "/complete", complete + "/")) {
            Http.Answer answer = parent.send("POST", path, "application/json", body, Map.of());
            soft.assertThat(answer.status()).as(path).isEqualTo(400);
            soft.assertThat(answer.body()).as(path).doesNotContain("at org.", "java.", "Caused by");
        }
        for (String header : List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override")) {
            soft.assertThat(parent.send("GET", Http.ENGINE + "/task/" + own.getId(), null, null, Map.of(header, "DELETE"))
                    .status()).as(header).isEqualTo(400);
        }
        soft.assertThat(parent.send("GET", Http.ENGINE + "/task/" + own.getId() + "?_method=DELETE", null, null,
                Map.of()).status()).isEqualTo(400);
        soft.assertAll();
        assertThat(tasks.createTaskQuery().taskId(own.getId()).count()).as("the task is still open").isEqualTo(1);
        assertThat(tasks.getVariables(own.getId())).doesNotContainKey("planDue");
    }

    @Test
    void beforeLoginEveryEngineAndApiPathAnswers401AndSaysNothingElse() {
        Task task = teamTask();
        Http anonymous = Http.anonymous(port);
        SoftAssertions soft = new SoftAssertions();
        for (String path : List.of(Http.ENGINE + "/task/" + task.getId() + "/form-variables",
                Http.ENGINE + "/task/" + task.getId() + "/deployed-form", Http.ENGINE + "/task",
                Http.ENGINE + "/process-definition/statistics", Http.ENGINE + "/history/variable-instance",
                Http.ENGINE + "/user", "/engine-rest/task/" + task.getId() + "/form-variables",
                "/engine-rest/deployment", "/engine-rest/nothing-here", "/camunda/api/cockpit/plugin/base/default/process-instance",
                "/camunda/api/admin/auth/user/default/profile", "/api/minutes?school=demo&class=5.A",
                "/api/message-book?school=demo&student=e5a01", "/api/does-not-exist")) {
            for (String method : List.of("GET", "POST", "HEAD")) {
                Http.Answer answer = anonymous.send(method, path, "application/json", method.equals("POST") ? "{}" : null,
                        Map.of());
                soft.assertThat(answer.status()).as("%s %s", method, path).isEqualTo(401);
                soft.assertThat(answer.body()).as("%s %s", method, path)
                        .doesNotContain("variables", "components", "demo", "5.A", task.getId());
            }
        }
        soft.assertThat(anonymous.get("/foraeldre").status()).as("pages go to the login").isEqualTo(302);
        soft.assertThat(anonymous.get("/camunda/api/admin/setup/default/user/create").status()).isIn(401, 403);
        soft.assertThat(anonymous.send("POST", "/camunda/api/admin/setup/default/user/create", "application/json",
                json(Map.of("profile", Map.of("id", "angriber"), "credentials", Map.of("password", "Angriber-2026!"))),
                Map.of()).status()).isIn(401, 403);
        soft.assertAll();
        assertThat(identity.createUserQuery().userId("angriber").count()).isZero();
    }

    @Test
    void countsStatisticsAndHistoryShowNothingBeyondWhatTheCallerMayRead() {
        SoftAssertions soft = new SoftAssertions();
        for (String login : new String[] {"foraelder1", "foraelder2"}) {
            Http guardian = Http.tasklist(port, login);
            soft.assertThat(guardian.get(Http.ENGINE + "/process-definition/statistics").status()).as(login)
                    .isIn(200, 403);
            if (guardian.get(Http.ENGINE + "/process-definition/statistics").status() == 200) {
                soft.assertThat(guardian.get(Http.ENGINE + "/process-definition/statistics").json()).as(login).isEmpty();
            }
            for (String path : List.of("/history/process-instance", "/history/process-instance/count",
                    "/history/variable-instance", "/history/detail", "/history/task", "/process-instance",
                    "/variable-instance", "/execution", "/deployment", "/user", "/incident", "/job",
                    "/decision-definition/key/concern-triage/xml")) {
                soft.assertThat(guardian.get(Http.ENGINE + path).status()).as("%s GET %s", login, path).isEqualTo(403);
            }
        }
        Http teacher = Http.tasklist(port, "paedagog");
        soft.assertThat(teacher.get(Http.ENGINE + "/process-definition/statistics").json()).as("a teacher").isEmpty();
        soft.assertThat(teacher.get(Http.ENGINE + "/history/variable-instance?processInstanceBusinessKey="
                + year + ":demo:5.A").json()).as("another class's history").isEmpty();
        soft.assertThat(teacher.get(Http.ENGINE + "/task?processInstanceBusinessKeyLike=%25:5.A%25").status())
                .as("percent-encoding in a query is fine").isEqualTo(200);
        Http otherLeader = Http.webapp(port, "anden-leder", "cockpit");
        soft.assertThat(otherLeader.get(Http.ENGINE + "/process-definition/statistics").body()).doesNotContain(":demo:");
        soft.assertThat(otherLeader.get(Http.ENGINE + "/history/process-instance?processInstanceBusinessKeyLike="
                + year + ":demo:%25").json()).as("another school's history").isEmpty();
        soft.assertThat(otherLeader.get(Http.ENGINE + "/history/variable-instance?variableName=studentName").body())
                .doesNotContain("Louise", "Hansen");
        soft.assertAll();
    }

    @Test
    void theOperatorRunsTheSystemWithoutReadingAChildsData() {
        Task task = teamTask();
        Http basic = Http.as(port, "demo");
        Http cockpit = Http.webapp(port, "demo", "cockpit");
        assertThat(Http.as(port, "demo").webappLogin("admin")).isEqualTo(200);
        assertThat(basic.get("/engine-rest/process-definition").json()).as("deployments and definitions: yes")
                .isNotEmpty();
        assertThat(basic.get("/engine-rest/incident").status()).isEqualTo(200);
        assertThat(basic.get("/engine-rest/job?maxResults=5").status()).isEqualTo(200);
        SoftAssertions soft = new SoftAssertions();
        for (Http http : List.of(basic, cockpit)) {
            String base = http == basic ? "/engine-rest" : Http.ENGINE;
            soft.assertThat(http.get(base + "/variable-instance?maxResults=50").json()).as("variables").isEmpty();
            soft.assertThat(http.get(base + "/history/variable-instance?maxResults=50").json()).as("history").isEmpty();
            soft.assertThat(http.get(base + "/history/detail?maxResults=50").json()).as("details").isEmpty();
            soft.assertThat(http.get(base + "/process-instance/" + task.getProcessInstanceId() + "/variables").status())
                    .isIn(403, 404);
            soft.assertThat(http.get(base + "/task/" + task.getId() + "/form-variables").status()).isIn(403, 404);
            soft.assertThat(http.get(base + "/task?maxResults=50").json()).as("tasks name children").isEmpty();
        }
        soft.assertThat(basic.get("/api/minutes?school=demo&class=5.A").status()).isEqualTo(404);
        soft.assertThat(basic.get("/api/message-book?school=demo&student=e5a01").status()).isEqualTo(404);
        soft.assertThat(basic.get("/bekymringer").status()).isEqualTo(404);
        soft.assertThat(basic.get("/meddelelsesbog").status()).isEqualTo(404);
        soft.assertThat(basic.get("/foraeldre").status()).isEqualTo(404);
        soft.assertThat(basic.get("/ledelse/adgangslog").status()).isEqualTo(404);
        soft.assertAll();
    }

    @Test
    void theProductsOneStartDoorDerivesTheChildFromTheRoster() {
        long before = runtime.createProcessInstanceQuery().count() + history.createHistoricProcessInstanceQuery().count();
        SoftAssertions soft = new SoftAssertions();
        Http parent = Http.tasklist(port, "foraelder1");
        soft.assertThat(parent.postForm("/foraeldre/samtale?barn=e5a02", Map.of("requestAbout", "x")).status())
                .as("another family's child").isEqualTo(404);
        soft.assertThat(parent.postForm("/foraeldre/samtale?barn=a-e1", Map.of("requestAbout", "x")).status())
                .as("another school's child").isEqualTo(404);
        soft.assertThat(parent.postForm("/klasseteam/samtale?barn=e5a01", Map.of("requestAbout", "x")).status())
                .as("the team's door").isEqualTo(404);
        soft.assertThat(parent.postForm("/foraeldre/samtale", Map.of("requestAbout", "x")).status()).isEqualTo(404);
        Http noCustody = Http.tasklist(port, "foraelder2");
        soft.assertThat(noCustody.postForm("/foraeldre/aendring?barn=e5a06", Map.of("changeKind", "andet",
                "description", "x")).status()).as("listed without custody").isEqualTo(404);
        soft.assertThat(Http.tasklist(port, "paedagog").postForm("/klasseteam/bekymring?barn=e5a01",
                Map.of("category", "trivsel", "description", "x")).status()).as("another class").isEqualTo(404);
        soft.assertThat(Http.tasklist(port, "ppr").postForm("/klasseteam/samtale?barn=e5a01", Map.of("requestAbout",
                "x")).status()).as("PPR has no class").isEqualTo(404);
        soft.assertThat(Http.tasklist(port, "anden-leder").postForm("/klasseteam/samtale?barn=e5a01",
                Map.of("requestAbout", "x")).status()).as("another school's leader").isEqualTo(404);
        soft.assertThat(parent.postWithSession("/foraeldre/samtale?barn=e5a01", parent.base()).status())
                .as("no CSRF token").isEqualTo(403);
        soft.assertAll();
        assertThat(runtime.createProcessInstanceQuery().count() + history.createHistoricProcessInstanceQuery().count())
                .as("no instance started").isEqualTo(before);

        long suspension = suspensions.suspend("demo", "e5a02", "foraelder2", "Afgørelse fra kommunen", "demo");
        try {
            Http suspended = Http.as(port, "foraelder2");
            assertThat(suspended.postForm("/foraeldre/samtale?barn=e5a02", Map.of("requestAbout", "x")).status())
                    .as("suspended").isEqualTo(404);
            assertThat(suspended.get("/foraeldre").status()).isEqualTo(404);
            assertThat(suspended.get(Http.ENGINE + "/task").status()).as("no role left: not even Tasklist's API")
                    .isIn(401, 403);
        } finally {
            suspensions.lift(suspension, "demo");
        }
    }

    @Test
    void badBodiesUnknownTasksAndRacesGetDanishAnswers_neverA500() throws Exception {
        Http parent = Http.tasklist(port, "foraelder1");
        Task own = guardianTask("foraelder1");
        String complete = Http.ENGINE + "/task/" + own.getId() + "/complete";
        Http.Answer malformed = parent.send("POST", complete, "application/json", "{\"variables\": {", Map.of());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("message").asText()).isEqualTo("Svaret kunne ikke læses: det er ikke gyldig JSON.");
        assertThat(parent.send("POST", complete, "text/plain", "hej", Map.of()).status()).isEqualTo(400);
        assertThat(parent.send("POST", complete, "application/json", "[1,2]", Map.of()).status()).isEqualTo(400);
        assertThat(parent.send("POST", complete, "application/json", "{\"variables\": 7}", Map.of()).status())
                .isEqualTo(400);
        Http.Answer unknown = parent.send("POST", Http.ENGINE + "/task/findes-ikke/complete", "application/json", "{}",
                Map.of());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("message").asText()).isEqualTo("Opgaven findes ikke.");
        assertThat(tasks.createTaskQuery().taskId(own.getId()).count()).isEqualTo(1);

        // two guardians of one family, or a double tap: one completion, the other told it is already done
        Http sameFamily = Http.tasklist(port, "foraelder1");
        CountDownLatch go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        List<Future<Http.Answer>> answers = new ArrayList<>();
        try {
            for (Http who : List.of(parent, sameFamily)) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return who.send("POST", complete, "application/json", "{}", Map.of());
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Http.Answer> f : answers) {
                statuses.add(f.get().status());
            }
            assertThat(statuses).containsOnlyOnce(204).doesNotContain(500);
            assertThat(statuses).filteredOn(s -> s != 204).allMatch(s -> s == 404 || s == 409);
        } finally {
            pool.shutdownNow();
        }
        created.remove(own.getId());
        Http.Answer again = parent.send("POST", complete, "application/json", "{}", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("message").asText()).contains("allerede løst");

        Http.Answer productBad = Http.as(port, "laerer").send("POST", "/api/message-book?school=demo&student=e5a01",
                "application/json", "{ikke json", Map.of());
        assertThat(productBad.status()).isEqualTo(400);
        assertThat(productBad.body()).contains("ikke gyldig JSON");
        assertThat(Http.as(port, "laerer").send("POST", "/api/message-book?school=demo&student=e5a01", "text/plain",
                "hej", Map.of()).status()).isEqualTo(400);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders_andTheSessionCookieHasOneSameSite() {
        Http parent = Http.tasklist(port, "foraelder1");
        for (String path : List.of("/foraeldre", "/api/minutes?school=demo&student=e5a01", Http.ENGINE + "/task",
                "/login/nyt-link")) {
            HttpResponse<String> answer = parent.raw("GET", path);
            var headers = answer.headers();
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(headers.firstValue("Content-Security-Policy").orElse("")).as(path)
                    .contains("frame-ancestors 'none'", "default-src 'self'");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(headers.firstValue("Cache-Control").orElse("")).as(path).contains("no-store");
        }
        HttpResponse<String> tasklist = Http.anonymous(port).raw("GET", "/camunda/app/tasklist/default/");
        assertThat(tasklist.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(tasklist.headers().allValues("Content-Security-Policy")).as("Camunda's own, with its nonces only")
                .hasSize(1);
        List<String> sessionCookies = tasklist.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertThat(sessionCookies).hasSize(1);
        assertThat(sessionCookies.get(0).split("(?i)samesite=", -1)).as("one SameSite attribute").hasSize(2);
        assertThat(sessionCookies.get(0)).containsIgnoringCase("SameSite=Strict").containsIgnoringCase("HttpOnly");
    }

    @Test
    void wrongPasswordsSlowTheirSourceDown_butNobodyCanLockAnotherPersonOut() {
        String login = "g0a07a";
        var user = identity.createUserQuery().userId(login).singleResult();
        user.setPassword("Rigtig-kode-2026");
        identity.saveUser(user);
        for (int i = 0; i < LoginThrottle.PER_SOURCE_AND_ACCOUNT; i++) {
            assertThat(Http.as(port, login, "forkert-" + i).webappLogin("tasklist")).isEqualTo(401);
        }
        assertThat(Http.as(port, login, "Rigtig-kode-2026").webappLogin("tasklist")).as("this source waits")
                .isEqualTo(429);
        assertThat(Http.as(port, login, "Rigtig-kode-2026").get("/foraeldre").status()).as("HTTP basic too")
                .isEqualTo(429);
        assertThat(identity.checkPassword(login, "Rigtig-kode-2026")).as("the account itself is not locked").isTrue();
        assertThat(Http.as(port, "foraelder1").webappLogin("tasklist")).as("others log in").isEqualTo(200);
    }


    @Test
    void probe() throws Exception {
        java.io.PrintWriter out = new java.io.PrintWriter(new java.io.FileWriter("/tmp/probe.txt"));
        java.util.function.BiConsumer<String, Http.Answer> log = (what, a) -> { out.println("### " + what + " -> " + a.status() + " " + (a.body() == null ? "" : a.body().substring(0, Math.min(400, a.body().length())).replace('\n',' '))); out.flush(); };
        // a concern about Louise, at risk
        Http laerer = Http.tasklist(port, "laerer");
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("category", "hjemforhold"); fields.put("description", "PROBE skaenderier derhjemme");
        fields.put("concernSince", "2026-09-01"); fields.put("urgency", "hoej"); fields.put("earlierAttempts", "0"); fields.put("childAtRisk", "true");
        log.accept("start concern", laerer.postForm("/klasseteam/bekymring?barn=e5a01", fields));
        String concern = runtime.createProcessInstanceQuery().processDefinitionKey("concern").processInstanceBusinessKeyLike("%:e5a01").list().get(0).getId();
        String concernDef = runtime.createProcessInstanceQuery().processInstanceId(concern).singleResult().getProcessDefinitionId();
        out.println("concern vars " + runtime.getVariables(concern).keySet());
        // a life event for Zofia, started as the system, team task
        String life = runtime.createProcessInstanceByKey("life-event").businessKey(year + ":demo:5.A:e5a02")
                .setVariables(Map.of("schoolId", "demo", "requestedBy", "foraelder2", "child", "e5a02", "changeKind", "andet", "description", "PROBE flytter")).execute().getId();
        Task lifeTask = tasks.createTaskQuery().processInstanceId(life).singleResult();
        out.println("life task " + lifeTask.getName() + " " + lifeTask.getId());
        Http demoBasic = Http.as(port, "demo");
        Http demoCockpit = Http.webapp(port, "demo", "cockpit");
        log.accept("P1 laerer verify leder right", laerer.postJson(Http.ENGINE + "/identity/verify", Map.of("username", "leder", "password", "leder")));
        log.accept("P1 laerer verify leder wrong", laerer.postJson(Http.ENGINE + "/identity/verify", Map.of("username", "leder", "password", "x")));
        log.accept("P2 demo verify", demoBasic.postJson("/engine-rest/identity/verify", Map.of("username", "leder", "password", "leder")));
        log.accept("P2b demo cockpit verify", demoCockpit.postJson(Http.ENGINE + "/identity/verify", Map.of("username", "leder", "password", "leder")));
        log.accept("P1c foraelder1 verify", Http.tasklist(port, "foraelder1").postJson(Http.ENGINE + "/identity/verify", Map.of("username", "leder", "password", "leder")));
        log.accept("P4 attachment", laerer.postFiles(Http.ENGINE + "/task/" + lifeTask.getId() + "/attachment/create", Map.of("attachment-name", "x", "content", "PROBE")));
        log.accept("P4b attachments", laerer.get(Http.ENGINE + "/task/" + lifeTask.getId() + "/attachment"));
        log.accept("P11 comment create", laerer.postJson(Http.ENGINE + "/task/" + lifeTask.getId() + "/comment/create", Map.of("message", "PROBE")));
        log.accept("P11 comments", laerer.get(Http.ENGINE + "/task/" + lifeTask.getId() + "/comment"));
        log.accept("P11 comment delete all", laerer.send("DELETE", Http.ENGINE + "/task/" + lifeTask.getId() + "/comment", null, null, Map.of()));
        log.accept("P11b pi comment", laerer.get(Http.ENGINE + "/process-instance/" + life + "/comment"));
        log.accept("P11c pi comment delete", laerer.send("DELETE", Http.ENGINE + "/process-instance/" + life + "/comment", null, null, Map.of()));
        log.accept("P3 bpmnEscalation", laerer.postJson(Http.ENGINE + "/task/" + lifeTask.getId() + "/bpmnEscalation", Map.of("escalationCode", "x", "variables", Map.of("zz", Map.of("value", "1")))));
        out.println("after escalation: running=" + runtime.createProcessInstanceQuery().processInstanceId(life).count() + " vars=" + (runtime.createProcessInstanceQuery().processInstanceId(life).count() == 1 ? runtime.getVariables(life).keySet() : "-"));
        log.accept("P3 bpmnError", laerer.postJson(Http.ENGINE + "/task/" + lifeTask.getId() + "/bpmnError", Map.of("errorCode", "x", "variables", Map.of("zz", Map.of("value", "1")))));
        out.println("after error: running=" + runtime.createProcessInstanceQuery().processInstanceId(life).count() + " vars=" + (runtime.createProcessInstanceQuery().processInstanceId(life).count() == 1 ? runtime.getVariables(life).keySet() : "-"));
        out.println("history life " + history.createHistoricProcessInstanceQuery().processInstanceId(life).singleResult().getState());
        log.accept("P5 op pi by var", demoBasic.get("/engine-rest/process-instance?variables=childAtRisk_eq_true"));
        log.accept("P5b op pi by var like", demoBasic.get("/engine-rest/process-instance?variables=description_like_%25PROBE%25"));
        log.accept("P5c op pi by var neq", demoBasic.get("/engine-rest/process-instance?variables=description_like_%25NOPE%25"));
        log.accept("P5d op pi count by var", demoBasic.get("/engine-rest/process-instance/count?variables=description_like_%25PROBE%25"));
        log.accept("P18 op execution by var", demoBasic.get("/engine-rest/execution?variables=childAtRisk_eq_true"));
        log.accept("P18b op execution processVariables", demoBasic.get("/engine-rest/execution?processVariables=description_like_%25PROBE%25"));
        log.accept("P19 op hist pi by var", demoBasic.get("/engine-rest/history/process-instance?variables=childAtRisk_eq_true"));
        log.accept("P20 op var inst", demoBasic.get("/engine-rest/variable-instance?variableName=description"));
        log.accept("P6 op cockpit pi", demoCockpit.postJson("/camunda/api/cockpit/plugin/base/default/process-instance", Map.of("processDefinitionId", concernDef, "variables", List.of(Map.of("name", "description", "operator", "like", "value", "%PROBE%")))));
        log.accept("P6b op cockpit pi nope", demoCockpit.postJson("/camunda/api/cockpit/plugin/base/default/process-instance", Map.of("processDefinitionId", concernDef, "variables", List.of(Map.of("name", "description", "operator", "like", "value", "%NOPE%")))));
        log.accept("P6c op webapp pi by var", demoCockpit.get(Http.ENGINE + "/process-instance?variables=description_like_%25PROBE%25"));
        log.accept("P12 anden-leder cockpit pi", Http.webapp(port, "anden-leder", "cockpit").postJson("/camunda/api/cockpit/plugin/base/default/process-instance", Map.of("processDefinitionId", concernDef)));
        log.accept("P12b anden-leder cockpit stats", Http.webapp(port, "anden-leder", "cockpit").get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics"));
        log.accept("P12c anden-leder cockpit incidents", Http.webapp(port, "anden-leder", "cockpit").get("/camunda/api/cockpit/plugin/base/default/incident"));
        log.accept("P7 laerer basic on webapp engine api", Http.as(port, "laerer").get(Http.ENGINE + "/task"));
        log.accept("P7b laerer basic start on webapp engine api", Http.as(port, "laerer").postJson(Http.ENGINE + "/process-definition/key/talk-request/start", Map.of()));
        Http f1 = Http.tasklist(port, "foraelder1");
        log.accept("P8 groups f1", f1.get(Http.ENGINE + "/identity/groups?userId=foraelder1"));
        log.accept("P8b groups f2", f1.get(Http.ENGINE + "/identity/groups?userId=foraelder2"));
        log.accept("P8c groups laerer by laerer", laerer.get(Http.ENGINE + "/identity/groups?userId=laerer"));
        log.accept("P8d profile f2", f1.get(Http.ENGINE + "/user/foraelder2/profile"));
        log.accept("P8e profile laerer", f1.get(Http.ENGINE + "/user/laerer/profile"));
        log.accept("P8f laerer user list", laerer.get(Http.ENGINE + "/user"));
        log.accept("P8g laerer profile f1", laerer.get(Http.ENGINE + "/user/foraelder1/profile"));
        log.accept("P9 user-op f1", f1.get(Http.ENGINE + "/history/user-operation"));
        log.accept("P9b user-op laerer", laerer.get(Http.ENGINE + "/history/user-operation?maxResults=3"));
        log.accept("P10 DEFAULT engine", laerer.postJson("/camunda/api/engine/engine/DEFAULT/process-definition/key/talk-request/start", Map.of()));
        log.accept("P10b other engine", laerer.postJson("/camunda/api/engine/engine/other/process-definition/key/talk-request/start", Map.of()));
        log.accept("P10c DEFAULT get task", laerer.get("/camunda/api/engine/engine/DEFAULT/task"));
        log.accept("P21 laerer pi batch delete", laerer.postJson(Http.ENGINE + "/process-instance/delete", Map.of("processInstanceIds", List.of(concern), "deleteReason", "x")));
        log.accept("P22 leder hist batch delete", Http.tasklist(port, "leder").postJson(Http.ENGINE + "/history/process-instance/delete", Map.of("historicProcessInstanceIds", List.of(concern))));
        log.accept("P22b leder pi delete-historic", Http.tasklist(port, "leder").postJson(Http.ENGINE + "/process-instance/delete-historic-query-based", Map.of("historicProcessInstanceQuery", Map.of("processInstanceId", concern))));
        log.accept("P22c leder pd delete", Http.tasklist(port, "leder").send("DELETE", Http.ENGINE + "/process-definition/" + concernDef, null, null, Map.of()));
        log.accept("P23 lowercase post", laerer.send("post", Http.ENGINE + "/process-definition/key/talk-request/start", "application/json", "{}", Map.of()));
        log.accept("P23b PROPFIND", laerer.send("PROPFIND", Http.ENGINE + "/task", null, null, Map.of()));
        log.accept("P23c TRACE", laerer.send("TRACE", Http.ENGINE + "/task", null, null, Map.of()));
        log.accept("P23d PATCH", laerer.send("PATCH", Http.ENGINE + "/process-instance/" + concern + "/variables", "application/json", "{}", Map.of()));
        log.accept("P23e OPTIONS start", laerer.send("OPTIONS", Http.ENGINE + "/process-definition/key/talk-request/start", null, null, Map.of()));
        log.accept("P23f HEAD start", laerer.send("HEAD", Http.ENGINE + "/process-definition/key/talk-request/start", null, null, Map.of()));
        Task teamTask = teamTask();
        log.accept("P24 op task form vars", demoBasic.get("/engine-rest/task/" + teamTask.getId() + "/form-variables"));
        log.accept("P24b op task vars", demoBasic.get("/engine-rest/task/" + teamTask.getId() + "/variables"));
        log.accept("P24c op pi vars", demoBasic.get("/engine-rest/process-instance/" + concern + "/variables"));
        log.accept("P24d op incidents", demoBasic.get("/engine-rest/incident?maxResults=3"));
        log.accept("P24e op job of concern", demoBasic.get("/engine-rest/job?processInstanceId=" + concern));
        log.accept("P24f op activity instances", demoBasic.get("/engine-rest/process-instance/" + concern + "/activity-instances"));
        log.accept("P24g op pd form vars", demoBasic.get("/engine-rest/process-definition/" + concernDef + "/form-variables"));
        log.accept("P24h op hist job log", demoBasic.get("/engine-rest/history/job-log?maxResults=2"));
        log.accept("P24i op user-op", demoBasic.get("/engine-rest/history/user-operation?maxResults=3"));
        log.accept("P24j op hist activity", demoBasic.get("/engine-rest/history/activity-instance?processInstanceId=" + concern));
        log.accept("P24k op hist decision", demoBasic.get("/engine-rest/history/decision-instance?includeInputs=true&includeOutputs=true&maxResults=2"));
        log.accept("P24l op task query by pv", demoBasic.get("/engine-rest/task?processVariables=childAtRisk_eq_true"));
        log.accept("P24m op users", demoBasic.get("/engine-rest/user?maxResults=3"));
        log.accept("P24n op external task", demoBasic.get("/engine-rest/external-task"));
        log.accept("P24o op filter list", demoBasic.get("/engine-rest/filter"));
        log.accept("P24p op deployment", demoBasic.get("/engine-rest/deployment?maxResults=1"));
        log.accept("P27 laerer evaluate dmn", laerer.postJson(Http.ENGINE + "/decision-definition/key/concern-triage/evaluate", Map.of("variables", Map.of())));
        log.accept("P31 paedagog 5A form vars", Http.tasklist(port, "paedagog").get(Http.ENGINE + "/task/" + teamTask.getId() + "/form-variables"));
        log.accept("P31b paedagog concern hist vars", Http.tasklist(port, "paedagog").get(Http.ENGINE + "/history/variable-instance?processInstanceId=" + concern));
        log.accept("P31c ppr concern hist vars", Http.tasklist(port, "ppr").get(Http.ENGINE + "/history/variable-instance?processInstanceId=" + concern));
        log.accept("P31d laerer concern hist vars", laerer.get(Http.ENGINE + "/history/variable-instance?processInstanceId=" + concern));
        log.accept("P31e laerer pi by var", laerer.get(Http.ENGINE + "/process-instance?variables=childAtRisk_eq_true"));
        log.accept("P31f laerer stats", laerer.get(Http.ENGINE + "/process-definition/statistics"));
        log.accept("P31g laerer hist pi count", laerer.get(Http.ENGINE + "/history/process-instance/count"));
        log.accept("P31h laerer hist task", laerer.get(Http.ENGINE + "/history/task?maxResults=2"));
        log.accept("P31i laerer hist task count", laerer.get(Http.ENGINE + "/history/task/count"));
        log.accept("P31j laerer task report", laerer.get(Http.ENGINE + "/task/report/candidate-group-count"));
        log.accept("P31k laerer hist pi report", laerer.get(Http.ENGINE + "/history/process-instance/report?reportType=duration&periodUnit=month"));
        log.accept("P31l laerer hist task report", laerer.get(Http.ENGINE + "/history/task/report?reportType=count&groupBy=processDefinition"));
        log.accept("P31m f1 task report", f1.get(Http.ENGINE + "/task/report/candidate-group-count"));
        log.accept("P31n f1 history task", f1.get(Http.ENGINE + "/history/task"));
        log.accept("P31o f1 stats", f1.get(Http.ENGINE + "/process-definition/statistics"));
        log.accept("P31p laerer deployment res", laerer.get(Http.ENGINE + "/deployment"));
        log.accept("P31q leder deployment res", Http.tasklist(port, "leder").get(Http.ENGINE + "/deployment?maxResults=1"));
        log.accept("P31r laerer metrics", laerer.get(Http.ENGINE + "/metrics/activity-instance-start/sum"));
        log.accept("P31s laerer telemetry", laerer.get(Http.ENGINE + "/telemetry/data"));
        log.accept("P31t laerer schema", laerer.get(Http.ENGINE + "/schema/log"));
        log.accept("P31u laerer batch", laerer.get(Http.ENGINE + "/batch"));
        log.accept("P31v laerer job", laerer.get(Http.ENGINE + "/job?maxResults=2"));
        log.accept("P31w laerer incident", laerer.get(Http.ENGINE + "/incident?maxResults=2"));
        log.accept("P31x laerer hist detail", laerer.get(Http.ENGINE + "/history/detail?maxResults=2"));
        log.accept("P31y leder hist detail concern", Http.tasklist(port, "leder").get(Http.ENGINE + "/history/detail?processInstanceId=" + concern + "&maxResults=2"));
        log.accept("P32 welcome", laerer.get("/camunda/api/welcome/default/custom-links"));
        log.accept("P33 tasklist api", laerer.get("/camunda/api/tasklist/plugin/tasklist-plugins/static/app/plugin.js"));
        log.accept("P34 anon admin auth", Http.anonymous(port).get("/camunda/api/admin/auth/user/default"));
        log.accept("P35 anon engine list", Http.anonymous(port).get("/camunda/api/engine/engine/"));
        log.accept("P36 engine-rest engine list anon", Http.anonymous(port).get("/engine-rest/engine"));
        log.accept("P37 f1 password policy", f1.postJson(Http.ENGINE + "/identity/password-policy", Map.of("password", "x")));
        log.accept("P38 laerer PUT pi comment", laerer.send("PUT", Http.ENGINE + "/process-instance/" + life + "/comment", "application/json", "{\"id\":\"x\",\"message\":\"y\"}", Map.of()));
        runtime.deleteProcessInstance(concern, "probe");
        if (runtime.createProcessInstanceQuery().processInstanceId(life).count() == 1) runtime.deleteProcessInstance(life, "probe");
        out.close();
    }

    // ---- fixtures

    /** An open task of 5.A's class team, in a process instance. */
    private Task teamTask() {
        return tasks.createTaskQuery().taskCandidateGroup("team-demo-5a").processInstanceBusinessKeyLike("%:demo:5.A%")
                .active().list().get(0);
    }

    private Task guardianTask(String guardian) {
        Task task = tasks.newTask();
        task.setName("Svar på dagsorden");
        task.setTenantId("demo");
        tasks.saveTask(task);
        tasks.addCandidateUser(task.getId(), guardian);
        created.add(task.getId());
        return task;
    }

    /**
     * What an attack could have changed: processes about Zofia (the other family's child), her documents and the
     * e-mails to her guardians, the team's task and its process's variables, foraelder1's login and rights.
     * (Other tests' processes move on in the background, so only what the attacks aimed at is compared.)
     */
    private record Snapshot(long aboutZofia, long documents, long mails, String taskName, Object taskDue,
            Map<String, Object> schoolYearVariables, long tasksOfTheTeam, String guardianName, String guardianEmail,
            long users, long guardiansOwnAuthorizations) {
    }

    private Snapshot snapshot(Task teamTask) {
        Task now = tasks.createTaskQuery().taskId(teamTask.getId()).singleResult();
        var guardian = identity.createUserQuery().userId("foraelder1").singleResult();
        return new Snapshot(history.createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike("%:e5a02")
                .count(),
                jdbc.queryForObject("select count(*) from app.document where student_id = 'e5a02'", Long.class),
                jdbc.queryForObject("select count(*) from app.notification where recipient in "
                        + "('foraelder2', 'g5a02a', 'g5a02b') or recipient = 'foraelder1'", Long.class),
                now.getName(), now.getDueDate(), runtime.getVariables(teamTask.getProcessInstanceId()),
                tasks.createTaskQuery().processInstanceId(teamTask.getProcessInstanceId()).count(),
                guardian.getFirstName(), guardian.getEmail(), identity.createUserQuery().count(),
                jdbc.queryForObject("select count(*) from act_ru_authorization where user_id_ = 'foraelder1'", Long.class));
    }

    private static String json(Object body) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
