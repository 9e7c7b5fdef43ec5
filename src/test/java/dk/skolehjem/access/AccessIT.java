package dk.skolehjem.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skolehjem.Http;
import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.TestSchools;
import dk.skolehjem.roster.RosterImportService;
import dk.skolehjem.schoolyear.SchoolYearRollout;
import java.util.ArrayList;
import java.util.Comparator;
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
        assertThat(Http.as(port, "g0a05a", "forkert").get("/engine-rest/task").status())
                .isEqualTo(401);
        assertThat(Http.as(port, "laerer").get("/engine-rest/task").status())
                .as("the engine REST is the operator's")
                .isEqualTo(403);
        assertThat(Http.as(port, "demo").get("/engine-rest/task").status()).isEqualTo(200);
        assertThat(anonymous.get(Http.ENGINE + "/task").status()).isEqualTo(401);
    }

    @Test
    void aFamilyHasNoEngineDoor_notEvenForItsOwnTask() {
        String taskId = guardianTask("foraelder1");
        for (String guardian : List.of("foraelder2", "foraelder1")) {
            Http family = Http.family(port, guardian);
            assertThat(family.get(Http.ENGINE + "/task/" + taskId).status())
                    .as(guardian)
                    .isEqualTo(403);
            assertThat(family.get(Http.ENGINE + "/task?candidateUser=foraelder1")
                            .status())
                    .isEqualTo(403);
            assertThat(family.postJson(Http.ENGINE + "/task/" + taskId + "/claim", Map.of("userId", guardian))
                            .status())
                    .isEqualTo(403);
            assertThat(family.postJson(Http.ENGINE + "/task/" + taskId + "/complete", Map.of())
                            .status())
                    .isEqualTo(403);
            assertThat(family.postJson(Http.ENGINE + "/task/" + taskId + "/variables/x", Map.of("value", "y"))
                            .status())
                    .isIn(403, 405);
        }
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee())
                .isNull();
    }

    @Test
    void familiesGetNoWebapp_staffTasklist_leadersCockpit_onlyAdminsAdmin() {
        assertThat(Http.as(port, "foraelder1").webappLogin("tasklist")).isEqualTo(403);
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
    void aFamilyCannotListPeopleGroupsOrProcesses() {
        Http parent = Http.family(port, "foraelder1");
        for (String path : List.of(
                "/user",
                "/user/foraelder1/profile",
                "/group?member=foraelder1",
                "/process-instance",
                "/history/process-instance",
                "/process-definition")) {
            assertThat(parent.get(Http.ENGINE + path).status()).as(path).isEqualTo(403);
        }
        assertThat(parent.postJson(Http.ENGINE + "/process-definition/key/school-year/tenant-id/demo/start", Map.of())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aGuardianStartsALifeEventForTheirOwnChildOnly() {
        Http parent = Http.family(port, "foraelder2");
        long before = runtime.createProcessInstanceQuery()
                .processDefinitionKey("life-event")
                .count();
        assertThat(parent.postForm(
                                "/foraeldre/aendring?barn=e5a06",
                                Map.of("changeKind", "sygdom", "description", "Farmor er syg"))
                        .status())
                .as("no custody of Hamza")
                .isEqualTo(404);
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("life-event")
                        .count())
                .isEqualTo(before);
        Http.Answer started = parent.postForm(
                "/foraeldre/aendring?barn=e5a02", Map.of("changeKind", "sygdom", "description", "Farmor er syg"));
        assertThat(started.status()).as(started.body()).isEqualTo(302);
        var instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey("life-event")
                .processInstanceBusinessKeyLike("%:demo:5.A:e5a02")
                .singleResult();
        try {
            assertThat(instance.getTenantId()).isEqualTo("demo");
            assertThat(runtime.getVariable(instance.getId(), "requestedBy")).isEqualTo("foraelder2");
            assertThat(tasks.createTaskQuery()
                            .processInstanceId(instance.getId())
                            .singleResult()
                            .getName())
                    .isEqualTo("Svar familien om den store ændring – Zofia Bøgh, 5.A");
            assertThat(Http.tasklist(port, "laerer")
                            .get(Http.ENGINE + "/task?processInstanceId=" + instance.getId())
                            .json())
                    .hasSize(1);
            assertThat(Http.tasklist(port, "paedagog")
                            .get(Http.ENGINE + "/task?processInstanceId=" + instance.getId())
                            .json())
                    .isEmpty();
            assertThat(parent.postJson(Http.ENGINE + "/process-definition/key/school-year/start", Map.of())
                            .status())
                    .isEqualTo(403);
        } finally {
            runtime.deleteProcessInstance(instance.getId(), "test");
        }
    }

    @Test
    void aTeacherAsksAFamilyForATalk_aboutTheirOwnClassesStudentsOnly() {
        Http laerer = Http.tasklist(port, "laerer");
        assertThat(laerer.get("/klasseteam/aendring?barn=e5a02").status())
                .as("staff cannot speak for a family")
                .isEqualTo(404);
        assertThat(laerer.get("/klasseteam/samtale?barn=e0a01").status())
                .as("not a student of 5.A")
                .isEqualTo(404);
        assertThat(Http.tasklist(port, "ppr")
                        .get("/klasseteam/samtale?barn=e5a02")
                        .status())
                .isEqualTo(404);
        Http.Answer missingField = laerer.postForm("/klasseteam/samtale?barn=e5a02", Map.of("requestAbout", " "));
        assertThat(missingField.status()).isEqualTo(200);
        assertThat(missingField.body()).contains("Hvad vil I gerne tale om?").contains("id=\"problem\"");
        Http.Answer started =
                laerer.postForm("/klasseteam/samtale?barn=e5a02", Map.of("requestAbout", "Fravær i matematik"));
        assertThat(started.status()).as(started.body()).isEqualTo(302);
        var instance = runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("talk-request")
                .processInstanceBusinessKeyLike("%:demo:5.A:e5a02")
                .active()
                .list()
                .stream()
                .filter(i -> "laerer".equals(runtime.getVariable(i.getId(), "requestedBy")))
                .findFirst()
                .orElseThrow();
        runtime.deleteProcessInstance(instance.getId(), "test");
        assertThat(laerer.postJson(Http.ENGINE + "/process-definition/key/talk-request/start", Map.of())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aGuardianWithoutCustodyHasNoLogin() {
        assertThat(identity.createUserQuery().userId("g5a02b").count()).isZero();
        assertThat(Http.as(port, "g5a02b", "").get("/engine-rest/task").status())
                .isEqualTo(401);
        assertThat(Http.as(port, "g5a02b", "").get(Http.ENGINE + "/task").status())
                .isEqualTo(401);
    }

    @Test
    void theTeacherOf5aSees5asTasksAndNot0as() {
        List<String> laerer = businessKeysOfTasks(Http.tasklist(port, "laerer"), Http.ENGINE + "/task");
        // the class's own tasks and its students' (other tests start some)
        assertThat(laerer).isNotEmpty().allMatch(k -> k.matches(".*:demo:5\\.A(:[^:]+)?"));
        List<String> paedagog = businessKeysOfTasks(Http.tasklist(port, "paedagog"), Http.ENGINE + "/task");
        assertThat(paedagog).isNotEmpty().allMatch(k -> k.matches(".*:demo:0\\.A(:[^:]+)?"));
        assertThat(Http.family(port, "foraelder1").get(Http.ENGINE + "/task").status())
                .isEqualTo(403);
    }

    @Test
    void filtersAreSharedWithTheRightGroups() {
        Http laerer = Http.tasklist(port, "laerer");
        assertThat(names(laerer.get(Http.ENGINE + "/filter").json()))
                .containsExactlyInAnyOrder("Mine opgaver", "Klassens opgaver", "Forfaldne");
        String classFilter = filterId(laerer, "Klassens opgaver");
        assertThat(laerer.get(Http.ENGINE + "/filter/" + classFilter + "/list").json())
                .extracting(t -> t.get("name").asText())
                .contains("Udfyld klassens årsplan – 5.A");
        // Tasklist opens on the filter of the lowest priority: the team's work, not an empty "Mine opgaver"; the counts
        // beside the other filters' names are read the way skolehjem-a11y.js reads them
        List<JsonNode> withCounts = new ArrayList<>();
        laerer.get(Http.ENGINE + "/filter?resourceType=Task&itemCount=true")
                .json()
                .forEach(withCounts::add);
        withCounts.sort(Comparator.comparingInt(
                f -> f.path("properties").path("priority").asInt()));
        JsonNode first = withCounts.get(0);
        assertThat(first.get("name").asText()).isEqualTo("Klassens opgaver");
        assertThat(first.path("properties").path("priority").asInt()).isEqualTo(-10);
        assertThat(first.path("properties").path("refresh").asBoolean()).isTrue();
        assertThat(first.path("properties").has("showUndefinedVariable")).isTrue();
        assertThat(first.path("itemCount").asInt()).as("the year plan at least").isPositive();

        Http parent = Http.family(port, "foraelder1");
        assertThat(parent.get(Http.ENGINE + "/filter").status())
                .as("a family has no Tasklist")
                .isEqualTo(403);
        assertThat(names(Http.tasklist(port, "leder")
                        .get(Http.ENGINE + "/filter")
                        .json()))
                .containsExactlyInAnyOrder("Mine opgaver", "Klassens opgaver", "Forfaldne", "Forsinkede ugeplaner");
    }

    @Test
    void noOneSeesAnotherSchoolsProcesses() {
        List<String> demoLeader = businessKeys(Http.webapp(port, "leder", "cockpit")
                .get(Http.ENGINE + "/process-instance")
                .json());
        assertThat(demoLeader).isNotEmpty().allMatch(k -> k.contains(":demo:"));
        Http otherLeaderCockpit = Http.webapp(port, "anden-leder", "cockpit");
        List<String> otherLeader = businessKeys(
                otherLeaderCockpit.get(Http.ENGINE + "/process-instance").json());
        assertThat(otherLeader).isNotEmpty().allMatch(k -> k.contains(":anden:"));
        assertThat(businessKeysOfTasks(Http.tasklist(port, "anden-laerer"), Http.ENGINE + "/task"))
                .isNotEmpty()
                .allMatch(k -> k.contains(":anden:3.B"));
        assertThat(Http.as(port, "anden-leder").webappLogin("cockpit")).isEqualTo(200);
        assertThat(otherLeaderCockpit
                        .get(Http.ENGINE + "/history/process-instance")
                        .json())
                .extracting(p -> p.get("tenantId").asText())
                .isNotEmpty()
                .containsOnly("anden");
    }

    @Test
    void aCrossSitePostIsRefused_integrationsUseHttpBasic() {
        Http leder = Http.tasklist(port, "leder");
        String rollout = "/api/school-years/current/rollout?school=demo";
        assertThat(leder.postWithSession(rollout, null).status())
                .as("a session without the CSRF token")
                .isEqualTo(403);
        assertThat(leder.postWithSession(rollout, leder.base()).status())
                .as("the same site, still no token")
                .isEqualTo(403);
        assertThat(leder.postWithSession(rollout, "https://evil.example").status())
                .isEqualTo(403);
        // another site's page cannot send an Authorization header, so HTTP basic needs no token
        assertThat(Http.as(port, "leder").post(rollout).status()).isEqualTo(200);
        assertThat(Http.anonymous(port).post(rollout).status()).isEqualTo(401);
        assertThat(Http.anonymous(port).post(rollout).body()).doesNotContain("demo");
    }

    @Test
    void aTasklistSessionAlsoOpensTheProductApi() {
        Http leder = Http.tasklist(port, "leder");
        assertThat(leder.getWithSession("/meddelelsesbog").status()).isEqualTo(200);
        assertThat(leder.getWithSession("/api/message-book/completeness?school=demo&student=e5a01")
                        .status())
                .isEqualTo(200);
        assertThat(leder.getWithSession("/api/roster/import").status())
                .as("not a route: refused")
                .isEqualTo(404);
    }

    @Test
    void everyReadOfAChildsDataThroughTheEngineIsLogged_andLeadershipSeesItForItsSchoolOnly() {
        Http laerer = Http.tasklist(port, "laerer");
        Task yearPlan = tasks.createTaskQuery()
                .taskCandidateGroup("team-demo-5a")
                .processInstanceBusinessKeyLike("%:demo:5.A%")
                .list()
                .get(0);
        assertThat(laerer.get(Http.ENGINE + "/task/" + yearPlan.getId() + "/form-variables")
                        .status())
                .isEqualTo(200);

        Http.Answer log = Http.tasklist(port, "leder").get("/ledelse/adgangslog");
        assertThat(log.status()).isEqualTo(200);
        assertThat(log.body()).contains("Hvem har læst hvad", "laerer", "Opgavens skema", yearPlan.getId());
        assertThat(Http.tasklist(port, "anden-leder").get("/ledelse/adgangslog").body())
                .as("another school's leader")
                .doesNotContain(yearPlan.getId());
        assertThat(laerer.get("/ledelse/adgangslog").status())
                .as("leadership only")
                .isEqualTo(404);
        assertThat(Http.family(port, "foraelder1").get("/ledelse/adgangslog").status())
                .isEqualTo(404);
        assertThat(Http.anonymous(port).get("/ledelse/adgangslog").status())
                .as("to the login")
                .isEqualTo(302);
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
            keys.add(runtime.createProcessInstanceQuery()
                    .processInstanceId(pi)
                    .singleResult()
                    .getBusinessKey());
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
        for (JsonNode f : http.get(Http.ENGINE + "/filter").json()) {
            if (f.get("name").asText().equals(name)) {
                return f.get("id").asText();
            }
        }
        throw new AssertionError("Filteret " + name + " findes ikke for brugeren");
    }
}
