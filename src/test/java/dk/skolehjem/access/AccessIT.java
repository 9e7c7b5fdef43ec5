package dk.skolehjem.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skolehjem.Http;
import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.TestSchools;
import dk.skolehjem.roster.RosterImportService;
import dk.skolehjem.schoolyear.SchoolYearRollout;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who may do what, asked over HTTP of the running application, as a browser or an integration would. */
@SkoleHjemIT
class AccessIT {

    @LocalServerPort
    int port;
    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    RosterImportService roster;
    @Autowired
    SchoolYearRollout rollout;
    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    private final List<String> created = new ArrayList<>();

    @BeforeEach
    void secondSchool() {
        TestSchools.ensureAnden(roster, rollout, identity);
    }

    @AfterEach
    void removeTasks() {
        created.forEach(id -> tasks.deleteTask(id, true));
        created.clear();
    }

    @Test
    void anonymousCallersAreRefused() {
        Http anonymous = Http.anonymous(port);
        assertThat(anonymous.get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(anonymous.get("/engine-rest/process-definition").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/roster/import").status()).isEqualTo(401);
        // A wrong password locks the login for a moment (brute-force protection), so use a login no other test needs.
        assertThat(Http.as(port, "g0a05a", "forkert").get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(Http.as(port, "laerer").get("/engine-rest/task").status()).isEqualTo(200);
    }

    @Test
    void aGuardianCannotReadClaimOrCompleteAnotherFamilysTask() {
        String taskId = guardianTask("foraelder1");
        Http other = Http.as(port, "foraelder2");
        assertThat(other.get("/engine-rest/task/" + taskId).status()).isEqualTo(404);
        assertThat(other.get("/engine-rest/task?candidateUser=foraelder1").json()).isEmpty();
        assertThat(other.postJson("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "foraelder2")).status())
                .isEqualTo(403);
        assertThat(other.postJson("/engine-rest/task/" + taskId + "/complete", Map.of()).status()).isEqualTo(403);
        assertThat(other.postJson("/engine-rest/task/" + taskId + "/variables/x", Map.of("value", "y")).status())
                .isIn(400, 403, 404, 405);
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();

        Http owner = Http.as(port, "foraelder1");
        assertThat(owner.get("/engine-rest/task/" + taskId).json().get("name").asText()).isEqualTo("Svar på dagsorden");
        assertThat(owner.postJson("/engine-rest/task/" + taskId + "/claim", Map.of("userId", "foraelder1")).status())
                .isEqualTo(204);
        assertThat(owner.postJson("/engine-rest/task/" + taskId + "/complete", Map.of()).status()).isEqualTo(204);
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
        created.remove(taskId);
    }

    @Test
    void guardiansGetTasklistOnly_leadersGetCockpit_onlyAdminsGetAdmin() {
        assertThat(Http.as(port, "foraelder1").webappLogin("tasklist")).isEqualTo(200);
        assertThat(Http.as(port, "foraelder1").webappLogin("cockpit")).isEqualTo(403);
        assertThat(Http.as(port, "foraelder1").webappLogin("admin")).isEqualTo(403);
        assertThat(Http.as(port, "laerer").webappLogin("tasklist")).isEqualTo(200);
        assertThat(Http.as(port, "laerer").webappLogin("cockpit")).isEqualTo(403);
        assertThat(Http.as(port, "leder").webappLogin("cockpit")).isEqualTo(200);
        assertThat(Http.as(port, "leder").webappLogin("admin")).isEqualTo(403);
        assertThat(Http.as(port, "ppr").webappLogin("tasklist")).isEqualTo(200);
        assertThat(Http.as(port, "demo").webappLogin("admin")).isEqualTo(200);
        assertThat(Http.as(port, "g5a02b", "g5a02b").webappLogin("tasklist")).isEqualTo(401);
    }

    @Test
    void aGuardianCannotListOtherPeopleOrGroups() {
        Http parent = Http.as(port, "foraelder1");
        assertThat(parent.get("/engine-rest/user").json()).extracting(u -> u.get("id").asText()).containsExactly("foraelder1");
        assertThat(parent.get("/engine-rest/group").json()).extracting(g -> g.get("id").asText())
                .containsExactlyInAnyOrder("guardians-demo", "council-demo-5a");
        assertThat(parent.get("/engine-rest/user?memberOfGroup=guardians-demo").json())
                .extracting(u -> u.get("id").asText()).containsExactly("foraelder1");
        assertThat(parent.get("/engine-rest/process-instance").json()).isEmpty();
        assertThat(parent.get("/engine-rest/history/process-instance").json()).isEmpty();
        assertThat(parent.get("/engine-rest/process-definition").json()).extracting(d -> d.get("key").asText())
                .as("only what guardians may start themselves").containsExactlyInAnyOrder("class-visit", "life-event", "talk-request",
                        "concern");
        assertThat(parent.postJson("/engine-rest/process-definition/key/school-year/tenant-id/demo/start", Map.of())
                .status()).isIn(403, 404);
    }

    @Test
    void aGuardianStartsALifeEventForTheirOwnChildOnly() {
        Http parent = Http.as(port, "foraelder2");
        Http.Answer started = parent.postJson("/engine-rest/process-definition/key/life-event/start", Map.of("variables", Map.of(
                "changeKind", Map.of("value", "sygdom", "type", "String"),
                "description", Map.of("value", "Farmor er syg", "type", "String"))));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String id = started.json().get("id").asText();
        var instance = runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
        try {
            assertThat(instance.getBusinessKey()).as("custody of Zofia only, not of Hamza").endsWith(":demo:5.A:e5a02");
            assertThat(instance.getTenantId()).isEqualTo("demo");
            assertThat(tasks.createTaskQuery().processInstanceId(id).singleResult().getName())
                    .isEqualTo("Svar familien om den store ændring");
            assertThat(Http.as(port, "laerer").get("/engine-rest/task?processInstanceId=" + id).json()).hasSize(1);
            assertThat(Http.as(port, "paedagog").get("/engine-rest/task?processInstanceId=" + id).json()).isEmpty();
            assertThat(parent.postJson("/engine-rest/process-definition/key/school-year/start", Map.of()).status())
                    .isIn(403, 404);
        } finally {
            runtime.deleteProcessInstance(id, "test");
        }
    }

    @Test
    void aTeacherAsksAFamilyForATalk_aboutTheirOwnClassesStudentsOnly() {
        Http laerer = Http.as(port, "laerer");
        assertThat(laerer.postJson("/engine-rest/process-definition/key/life-event/start", Map.of()).status())
                .as("staff cannot speak for a family").isIn(403, 404);
        Http.Answer started = laerer.postJson("/engine-rest/process-definition/key/talk-request/start", Map.of("variables",
                Map.of("requestAbout", Map.of("value", "Fravær i matematik", "type", "String"))));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String id = started.json().get("id").asText();
        try {
            var task = tasks.createTaskQuery().processInstanceId(id).singleResult();
            assertThat(task.getName()).isEqualTo("Hvilken elev drejer det sig om?");
            String choices = runtime.getVariable(id, "children").toString();
            assertThat(choices).contains("e5a02").doesNotContain("0.A");
            Http.Answer wrong = laerer.postJson("/engine-rest/task/" + task.getId() + "/submit-form",
                    Map.of("variables", Map.of("child", Map.of("value", "e0a01", "type", "String"))));
            assertThat(wrong.status()).as(wrong.body()).isEqualTo(400);
            assertThat(wrong.json().get("message").asText()).as("the Danish refusal, not the engine's wrapping")
                    .isEqualTo("Vælg et af børnene i listen.");
            assertThat(tasks.createTaskQuery().processInstanceId(id).count()).isEqualTo(1);
        } finally {
            runtime.deleteProcessInstance(id, "test");
        }
        Http.Answer noStudents = Http.as(port, "ppr").postJson("/engine-rest/process-definition/key/talk-request/start",
                Map.of("variables", Map.of("requestAbout", Map.of("value", "x", "type", "String"))));
        assertThat(noStudents.status()).as(noStudents.body()).isEqualTo(400);
        assertThat(noStudents.json().get("message").asText()).contains("hverken registreret med forældremyndighed");
        Http.Answer missingField = laerer.postJson("/engine-rest/process-definition/key/talk-request/start",
                Map.of("variables", Map.of()));
        assertThat(missingField.status()).as(missingField.body()).isEqualTo(400);
        assertThat(missingField.json().get("message").asText()).contains("Hvad vil I gerne tale om?");
    }

    @Test
    void aGuardianWithoutCustodyHasNoLogin() {
        assertThat(identity.createUserQuery().userId("g5a02b").count()).isZero();
        assertThat(Http.as(port, "g5a02b", "").get("/engine-rest/task").status()).isEqualTo(401);
    }

    @Test
    void theTeacherOf5aSees5asTasksAndNot0as() {
        List<String> laerer = businessKeysOfTasks(Http.as(port, "laerer"), "/engine-rest/task");
        // the class's own tasks and its students' (other tests start some)
        assertThat(laerer).isNotEmpty().allMatch(k -> k.matches(".*:demo:5\\.A(:[^:]+)?"));
        List<String> paedagog = businessKeysOfTasks(Http.as(port, "paedagog"), "/engine-rest/task");
        assertThat(paedagog).isNotEmpty().allMatch(k -> k.matches(".*:demo:0\\.A(:[^:]+)?"));
        assertThat(Http.as(port, "foraelder1").get("/engine-rest/task").json()).isEmpty();
    }

    @Test
    void filtersAreSharedWithTheRightGroups() {
        Http laerer = Http.as(port, "laerer");
        assertThat(names(laerer.get("/engine-rest/filter").json()))
                .containsExactlyInAnyOrder("Mine opgaver", "Klassens opgaver", "Forfaldne");
        String classFilter = filterId(laerer, "Klassens opgaver");
        assertThat(laerer.get("/engine-rest/filter/" + classFilter + "/list").json())
                .extracting(t -> t.get("name").asText()).contains("Udfyld klassens årsplan");

        Http parent = Http.as(port, "foraelder1");
        assertThat(names(parent.get("/engine-rest/filter").json())).containsExactly("Mit barn");
        assertThat(names(Http.as(port, "leder").get("/engine-rest/filter").json()))
                .containsExactlyInAnyOrder("Mine opgaver", "Klassens opgaver", "Forfaldne", "Forsinkede ugeplaner");
        String taskId = guardianTask("foraelder1");
        assertThat(parent.get("/engine-rest/filter/" + filterId(parent, "Mit barn") + "/list").json())
                .extracting(t -> t.get("id").asText()).containsExactly(taskId);
        assertThat(Http.as(port, "foraelder2").get("/engine-rest/filter/" + filterId(parent, "Mit barn") + "/list").json())
                .isEmpty();
    }

    @Test
    void noOneSeesAnotherSchoolsProcesses() {
        List<String> demoLeader = businessKeys(Http.as(port, "leder").get("/engine-rest/process-instance").json());
        assertThat(demoLeader).isNotEmpty().allMatch(k -> k.contains(":demo:"));
        List<String> otherLeader = businessKeys(Http.as(port, "anden-leder").get("/engine-rest/process-instance").json());
        assertThat(otherLeader).isNotEmpty().allMatch(k -> k.contains(":anden:"));
        assertThat(businessKeysOfTasks(Http.as(port, "anden-laerer"), "/engine-rest/task"))
                .isNotEmpty().allMatch(k -> k.contains(":anden:3.B"));
        assertThat(Http.as(port, "anden-leder").webappLogin("cockpit")).isEqualTo(200);
        assertThat(Http.as(port, "anden-leder").get("/engine-rest/history/process-instance").json())
                .extracting(p -> p.get("tenantId").asText()).isNotEmpty().containsOnly("anden");
    }

    @Test
    void aCrossSitePostIsRefusedEvenWithValidCredentials() {
        var request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + "/api/school-years/current/rollout?school=demo"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("leder:leder".getBytes()))
                .header("Origin", "https://evil.example")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build();
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
        assertThat(Http.anonymous(port).get("/api/roster/import").status()).isEqualTo(401);
    }

    @Test
    void aTasklistSessionAlsoOpensTheProductApi() {
        Http leder = Http.as(port, "leder");
        assertThat(leder.webappLogin("tasklist")).isEqualTo(200);
        Http.Answer answer = leder.getWithSession("/api/roster/import");
        assertThat(answer.status()).as(answer.body()).isEqualTo(405);

        String rollout = "/api/school-years/current/rollout?school=demo";
        assertThat(leder.postWithSession(rollout, null).status()).as("no Origin: possible CSRF").isEqualTo(403);
        assertThat(leder.postWithSession(rollout, "https://evil.example").status()).isEqualTo(403);
        assertThat(leder.postWithSession(rollout, leder.base()).status()).isEqualTo(200);
    }

    private String guardianTask(String guardian) {
        Task task = tasks.newTask();
        task.setName("Svar på dagsorden");
        task.setTenantId("demo");
        tasks.saveTask(task);
        tasks.addCandidateUser(task.getId(), guardian);
        created.add(task.getId());
        return task.getId();
    }

    private List<String> businessKeysOfTasks(Http http, String path) {
        List<String> keys = new ArrayList<>();
        for (JsonNode t : http.get(path).json()) {
            String pi = t.get("processInstanceId").asText();
            keys.add(Http.as(port, "demo").get("/engine-rest/process-instance/" + pi).json().get("businessKey").asText());
        }
        return keys;
    }

    private static List<String> businessKeys(JsonNode instances) {
        List<String> keys = new ArrayList<>();
        instances.forEach(p -> keys.add(p.get("businessKey").asText()));
        return keys;
    }

    private static List<String> names(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.forEach(f -> names.add(f.get("name").asText()));
        return names;
    }

    private static String filterId(Http http, String name) {
        for (JsonNode f : http.get("/engine-rest/filter").json()) {
            if (f.get("name").asText().equals(name)) {
                return f.get("id").asText();
            }
        }
        throw new AssertionError("Filteret " + name + " findes ikke for brugeren");
    }
}
