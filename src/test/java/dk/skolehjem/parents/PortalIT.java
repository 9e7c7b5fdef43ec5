package dk.skolehjem.parents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.skolehjem.Http;
import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.TestSchools;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.conference.RoundPublishingAccess;
import dk.skolehjem.engine.FamilyTasks;
import dk.skolehjem.policy.PolicyRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The parents' own door over HTTP: a family logs in on Skole-hjem's page and lands on "Mit barn"; every task the demo
 * year gives a guardian or the class parent council is listed there and opens as a form there, and none is reachable
 * in Tasklist or the engine's APIs; answers go through the portal's endpoint, are checked, and a second answer from
 * the same family changes nothing.
 */
@SkoleHjemIT
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PortalIT {

    /** The family tasks of the demo year this test brings about for p-mor (Ida, 4.B, on the council; p-far is her other guardian). */
    private static final Set<String> EXPECTED = Set.of(
            "bookConference", "sendWishes", "approveMeeting", "guardiansAnswer", "acceptTime", "acceptVisitDate");

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    IdentityService identity;

    @Autowired
    PolicyRegistry policies;

    @Autowired
    FamilyTasks familyTasks;

    @Autowired
    org.camunda.bpm.engine.HistoryService history;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    dk.skolehjem.roster.RosterImportService roster;

    @Autowired
    dk.skolehjem.schoolyear.SchoolYearRollout rollout;

    /** A school of its own ("Portalskolen"), so that what this test brings about leaves the demo school as it was. */
    @BeforeEach
    void portalSchool() {
        TestSchools.importSchool(roster, "portal");
        for (String login : List.of("p-mor", "p-far", "p-anden", "p-laerer")) {
            var user = identity.createUserQuery().userId(login).singleResult();
            user.setPassword(login);
            identity.saveUser(user);
        }
        rollout.rollout(SchoolYear.of(LocalDate.now()), "portal");
    }

    /**
     * The whole class runs on 1 October of this school year, inside the conference round's booking period, so the
     * booking deadline's timer cannot end the families' tasks between its tests.
     */
    @BeforeAll
    static void inTheBookingPeriod() {
        SchoolYear year = SchoolYear.of(LocalDate.now());
        ClockUtil.setCurrentTime(Date.from(year.date(java.time.MonthDay.of(10, 1))
                .atTime(9, 0)
                .atZone(dk.skolehjem.calendar.DanishDates.ZONE)
                .toInstant()));
    }

    @AfterAll
    static void realTime() {
        ClockUtil.reset();
    }

    @Test
    @Order(1)
    void aFamilyLogsInOnSkoleHjemAndLandsOnMitBarn_staffInTasklist() {
        Http anonymous = Http.anonymous(port);
        assertThat(anonymous.get("/").status()).isEqualTo(302);
        assertThat(anonymous.lastLocation()).endsWith("/login");
        assertThat(anonymous.get("/foraeldre").status()).isEqualTo(302);
        assertThat(anonymous.lastLocation()).endsWith("/login");
        String page = anonymous.get("/login").body();
        assertThat(page)
                .contains("Log ind på Skole-hjem", "Brugernavn", "Adgangskode")
                .doesNotContain("Camunda");

        Http parent = Http.family(port, "p-mor");
        assertThat(parent.lastLocation()).endsWith("/foraeldre");
        assertThat(parent.get("/").status()).isEqualTo(302);
        assertThat(parent.lastLocation()).endsWith("/foraeldre");
        assertThat(parent.get("/foraeldre").body())
                .contains("Mit barn", "Log ud")
                .doesNotContain("tasklist");

        Http teacher = Http.family(port, "p-laerer");
        assertThat(teacher.lastLocation()).endsWith("/camunda/app/tasklist/default/");

        // "Log ud" ends the session: Mit barn asks for the login again
        assertThat(parent.postForm("/logout", Map.of()).status()).isEqualTo(302);
        assertThat(parent.lastLocation()).contains("/login");
        assertThat(parent.get("/foraeldre").status()).isEqualTo(302);
        assertThat(parent.lastLocation()).endsWith("/login");
        assertThat(Http.anonymous(port).postForm("/logout", Map.of()).status())
                .as("nobody to log out")
                .isIn(302, 401, 403);

        Http wrong = Http.anonymous(port);
        var refused = wrong.postForm("/login", Map.of("username", "p-mor", "password", "forkert"));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).contains("Forkert brugernavn eller adgangskode.");
    }

    @Test
    @Order(2)
    void aFamilyHasNoDoorIntoCamunda() {
        Http parent = Http.family(port, "p-mor");
        assertThat(parent.get(Http.ENGINE + "/task").status()).isEqualTo(403);
        assertThat(parent.get(Http.ENGINE + "/filter").status()).isEqualTo(403);
        assertThat(parent.get("/camunda/api/tasklist/plugin/tasklist-plugins/static/app/plugin.js")
                        .status())
                .as("static plugin files are not data")
                .isNotEqualTo(500);
        assertThat(parent.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics")
                        .status())
                .isEqualTo(403);
        assertThat(parent.get("/camunda/api/admin/auth/user/default").status()).isEqualTo(200);
        assertThat(Http.as(port, "p-mor").get("/engine-rest/task").status()).isIn(401, 403);
        // Camunda's Welcome is nobody's way in, and a family never sees it
        assertThat(parent.get("/camunda/app/welcome/default/").status()).isEqualTo(404);
        Http anonymous = Http.anonymous(port);
        assertThat(anonymous.get("/camunda/app/welcome/default/").status()).isEqualTo(302);
        assertThat(anonymous.lastLocation()).endsWith("/login");
        assertThat(Http.as(port, "leder", "leder").webappLogin("welcome")).isIn(401, 403);
        // Camunda's own login refuses a family: no webapp is theirs
        Http camunda = Http.as(port, "p-mor", "p-mor");
        for (String app : List.of("tasklist", "cockpit", "admin")) {
            assertThat(camunda.webappLogin(app)).as(app).isNotEqualTo(200);
        }
    }

    @Test
    @Order(3)
    void everyFamilyTaskOfTheDemoYearOpensOnMitBarn_andNoneInTasklist() {
        bringAboutEveryFamilyTask();
        Http parent = Http.family(port, "p-mor");
        String mitBarn = parent.get("/foraeldre").body();
        Set<String> seen = new HashSet<>();
        for (Task task : familyTasksOf("p-mor")) {
            seen.add(task.getTaskDefinitionKey());
            assertThat(mitBarn).as(task.getName()).contains("/foraeldre/opgave/" + task.getId());
            Http.Answer form = parent.get("/foraeldre/opgave/" + task.getId());
            assertThat(form.status()).as(task.getTaskDefinitionKey()).isEqualTo(200);
            assertThat(form.body())
                    .contains(task.getName(), "Send svar", "name=\"_csrf\"")
                    .doesNotContain("camunda", "{{");
        }
        assertThat(seen).containsAll(EXPECTED);

        Http otherFamily = Http.family(port, "p-anden");
        String theirs = otherFamily.get("/foraeldre").body();
        for (Task task : familyTasksOf("p-mor")) {
            if (!candidates(task).contains("p-anden")) {
                assertThat(theirs).doesNotContain(task.getId());
                assertThat(otherFamily.get("/foraeldre/opgave/" + task.getId()).status())
                        .as("another family's " + task.getTaskDefinitionKey())
                        .isEqualTo(404);
            }
        }
        // the engine itself refuses a person's completion of a family task: it is answered on Mit barn only
        Task wishes = familyTasksOf("p-mor").stream()
                .filter(t -> t.getTaskDefinitionKey().equals("sendWishes"))
                .findFirst()
                .orElseThrow();
        identity.setAuthentication(
                "p-mor", List.of(dk.skolehjem.roster.GroupIds.council("portal", "4.B")), List.of("portal"));
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(wishes.getId(), Map.of()))
                    .hasMessageContaining("Mit barn");
        } finally {
            identity.clearAuthentication();
        }
        assertThat(tasks.createTaskQuery().taskId(wishes.getId()).count()).isEqualTo(1);
    }

    @Test
    @Order(4)
    void aChosenTimeIsHeldForTheFamily_anotherFamilyNeitherSeesNorBooksIt() {
        bringAboutEveryFamilyTask();
        Task ida = bookingOf("p-mor");
        Task bo = bookingOf("p-anden");
        Http mor = Http.family(port, "p-mor");
        String form = mor.get("/foraeldre/opgave/" + ida.getId()).body();
        assertThat(form).contains("data-hold=\"slot\"");
        var first = Pattern.compile("name=\"slot\" value=\"([^\"]+)\"").matcher(form);
        assertThat(first.find()).isTrue();
        String slot = first.group(1);

        Http.Answer held =
                mor.postForm("/foraeldre/opgave/" + ida.getId() + "/hold", Map.of("felt", "slot", "valg", slot));
        assertThat(held.status()).isEqualTo(200);
        assertThat(held.json().get("message").asText()).startsWith("Tiden er holdt til jer til kl. 09.10");
        assertThat(mor.get("/foraeldre/opgave/" + ida.getId()).body())
                .as("still theirs to choose")
                .contains("value=\"" + slot + "\"");

        Http anden = Http.family(port, "p-anden");
        assertThat(anden.get("/foraeldre/opgave/" + bo.getId()).body())
                .as("another family does not see a held time")
                .doesNotContain("value=\"" + slot + "\"");
        Http.Answer taken =
                anden.postForm("/foraeldre/opgave/" + bo.getId() + "/hold", Map.of("felt", "slot", "valg", slot));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("message").asText()).contains("Tiden er lige blevet taget af en anden familie");
        String choicesBefore = String.valueOf(tasks.getVariableLocal(bo.getId(), "availableSlots"));
        Http.Answer booked = anden.answer(bo.getId(), Map.of("slot", slot, "goingWell", "Matematik"));
        assertThat(booked.status()).isEqualTo(400);
        assertThat(booked.body()).contains("Tiden er lige blevet booket af en anden familie", "Matematik");
        assertThat(String.valueOf(tasks.getVariableLocal(bo.getId(), "availableSlots")))
                .as("the page shows the times free now by itself: the refused answer wrote nothing in a second "
                        + "transaction while it held its own connection")
                .isEqualTo(choicesBefore);
        assertThat(tasks.createTaskQuery().taskId(bo.getId()).count()).isEqualTo(1);
        assertThat(anden.postForm("/foraeldre/opgave/" + ida.getId() + "/hold", Map.of("felt", "slot", "valg", slot))
                        .status())
                .as("another family's task")
                .isEqualTo(404);
    }

    @Test
    @Order(5)
    void aBookingIsConfirmedAtOnce_aSecondAnswerChangesNothing() {
        bringAboutEveryFamilyTask();
        // Bo's (p-anden's child): Ida's booking task stays for the other tests
        Http parent = Http.family(port, "p-anden");
        Task booking = familyTasksOf("p-anden").stream()
                .filter(t -> t.getTaskDefinitionKey().equals("bookConference"))
                .findFirst()
                .orElseThrow();
        String form = parent.get("/foraeldre/opgave/" + booking.getId()).body();
        assertThat(form).contains("Samtaletid", "Hvad går godt?", "type=\"radio\"");
        var slot = Pattern.compile("name=\"slot\" value=\"([^\"]+)\"").matcher(form);
        assertThat(slot.find()).isTrue();

        Http.Answer missing = parent.postForm("/foraeldre/opgave/" + booking.getId(), Map.of("goingWell", "Læsning"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("Samtaletid", "Læsning");
        assertThat(tasks.createTaskQuery().taskId(booking.getId()).count()).isEqualTo(1);
        Http.Answer noLanguage = parent.postForm(
                "/foraeldre/opgave/" + booking.getId(),
                Map.of("slot", slot.group(1), "goingWell", "Læsning", "interpreterNeeded", "true"));
        assertThat(noLanguage.status())
                .as("the form and its rule are checked before the database takes the booking")
                .isEqualTo(400);
        assertThat(noLanguage.body()).contains("Sprog", "Læsning");
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.conference_slot where booked_by = 'p-anden'", Integer.class))
                .as("a refused answer books nothing")
                .isZero();

        Http.Answer done = parent.postForm(
                "/foraeldre/opgave/" + booking.getId(),
                Map.of(
                        "slot",
                        slot.group(1),
                        "goingWell",
                        "Læsning",
                        "interpreterLanguage",
                        "arabisk",
                        "classCode",
                        "9.Z"));
        assertThat(done.status()).isEqualTo(302);
        assertThat(parent.lastLocation()).endsWith("/foraeldre/opgave/" + booking.getId() + "/kvittering");
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.conference_slot where id = ? and booked_by = 'p-anden'",
                        Integer.class,
                        slot.group(1)))
                .as("the database decided the booking in the answer's own transaction")
                .isEqualTo(1);
        String receipt = parent.get("/foraeldre/opgave/" + booking.getId() + "/kvittering")
                .body();
        assertThat(receipt).contains("Tak for jeres svar", "Bo Berg", "kl.");
        dk.skolehjem.EngineCatchUp.await(jdbc);
        assertThat(tasks.createTaskQuery().taskId(booking.getId()).count())
                .as("the engine completed the task just after")
                .isZero();
        assertThat(parent.get("/foraeldre/opgave/" + booking.getId() + "/kvittering")
                        .body())
                .contains("Skole-hjem-samtale", "kl.");
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(booking.getProcessInstanceId())
                        .variableName("classCode")
                        .list())
                .as("only the form's own fields are sent on")
                .noneMatch(v -> "9.Z".equals(v.getValue()));

        Http.Answer again = parent.postForm(
                "/foraeldre/opgave/" + booking.getId(), Map.of("slot", slot.group(1), "goingWell", "Igen"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("Jeres svar er allerede modtaget");
    }

    @Test
    @Order(6)
    void twoGuardiansOfOneFamilyAnswerAtTheSameMoment_oneAnswerCounts() throws Exception {
        bringAboutEveryFamilyTask();
        var other = identity.createUserQuery().userId("p-far").singleResult();
        other.setPassword("p-far");
        identity.saveUser(other);
        Task answer = familyTasksOf("p-mor").stream()
                .filter(t -> t.getTaskDefinitionKey().equals("guardiansAnswer"))
                .findFirst()
                .orElseThrow();
        assertThat(candidates(answer)).contains("p-mor", "p-far");
        List<Http> family = List.of(Http.family(port, "p-mor"), Http.family(port, "p-far"));
        CountDownLatch go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        List<Future<Http.Answer>> answers = new ArrayList<>();
        try {
            for (Http guardian : family) {
                guardian.get("/foraeldre/opgave/" + answer.getId());
                Callable<Http.Answer> submit = () -> {
                    go.await();
                    return guardian.postForm(
                            "/foraeldre/opgave/" + answer.getId(),
                            Map.of("wantTalk", "true", "guardiansAbout", "Lektier"));
                };
                answers.add(pool.submit(submit));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Http.Answer> f : answers) {
                Http.Answer a = f.get();
                statuses.add(a.status());
                if (a.status() == 409) {
                    assertThat(a.body()).contains("Jeres svar er allerede modtaget");
                }
            }
            assertThat(statuses).containsExactlyInAnyOrder(302, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(tasks.createTaskQuery().taskId(answer.getId()).count()).isZero();
    }

    /**
     * The demo year as far as every family task: the 4.B team publishes its conference round and fills in the year
     * plan (the council is asked for wishes); a needs-based talk, a proposed time, a class visit's new date and a
     * meeting to approve are put where the processes would have them.
     */
    private void bringAboutEveryFamilyTask() {
        SchoolYear year = SchoolYear.of(LocalDate.now());
        String classKey = year + ":portal:4.B";
        String louise = classKey + ":p-e1";
        if (tasks.createTaskQuery()
                        .processInstanceBusinessKeyLike(classKey + ":%")
                        .taskDefinitionKey("bookConference")
                        .count()
                == 0) {
            RoundPublishingAccess.publish(runtime, tasks, policies, "portal", "Portalskolen", "4.B", "standard");
        }
        Task yearPlan = tasks.createTaskQuery()
                .processInstanceBusinessKey(classKey)
                .taskDefinitionKey("fillInYearPlan")
                .singleResult();
        if (yearPlan != null) {
            tasks.complete(yearPlan.getId(), Map.of("conferencePlan", "Uge 46-47", "projectWork", "Uge 12"));
        }
        Date due = Date.from(LocalDate.now()
                .plusDays(7)
                .atStartOfDay(dk.skolehjem.calendar.DanishDates.ZONE)
                .toInstant());
        Map<String, Object> common = Map.of("schoolId", "portal", "studentName", "Ida Iversen", "policyId", "standard");
        start("needs-talk", louise, "guardiansAnswer", Map.of("answerDue", due));
        start(
                "needs-talk",
                louise,
                "acceptTime",
                Map.of(
                        "talkDate",
                        LocalDate.now().plusDays(10).toString(),
                        "talkTime",
                        "15:00",
                        "talkPlace",
                        "Mødelokale 2"));
        start(
                "class-visit",
                louise,
                "acceptVisitDate",
                Map.of(
                        "requestedBy",
                        "p-mor",
                        "visitDate",
                        LocalDate.now().plusDays(9).toString()));
        start(
                "parent-meeting",
                classKey,
                "approveMeeting",
                Map.of(
                        "approveDue",
                        due,
                        "meetingDate",
                        LocalDate.now().plusDays(20).toString(),
                        "meetingTime",
                        "19:00",
                        "meetingLength",
                        90,
                        "place",
                        "Klasselokalet 4.B",
                        "agenda",
                        "Årets plan\nTrivsel"),
                common);
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(familyTasksOf("p-mor").stream()
                                .map(Task::getTaskDefinitionKey)
                                .toList())
                        .containsAll(EXPECTED));
    }

    private Task bookingOf(String guardian) {
        return familyTasksOf(guardian).stream()
                .filter(t -> t.getTaskDefinitionKey().equals("bookConference"))
                .findFirst()
                .orElseThrow();
    }

    private boolean has(String taskDefinitionKey) {
        return familyTasksOf("p-mor").stream()
                .anyMatch(t -> t.getTaskDefinitionKey().equals(taskDefinitionKey));
    }

    private void start(String process, String key, String before, Map<String, Object> variables) {
        start(process, key, before, variables, Map.of("schoolId", "portal", "studentName", "Ida Iversen"));
    }

    private void start(
            String process, String key, String before, Map<String, Object> variables, Map<String, Object> common) {
        if (has(before)) {
            return;
        }
        runtime.createProcessInstanceByKey(process)
                .businessKey(key)
                .setVariables(common)
                .setVariables(variables)
                .startBeforeActivity(before)
                .execute();
    }

    private List<Task> familyTasksOf(String guardian) {
        return tasks.createTaskQuery().taskCandidateUser(guardian).includeAssignedTasks().list().stream()
                .filter(t -> familyTasks.isFamilyTask(t.getProcessDefinitionId(), t.getTaskDefinitionKey()))
                .toList();
    }

    private Set<String> candidates(Task task) {
        Set<String> users = new HashSet<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (link.getUserId() != null) {
                users.add(link.getUserId());
            }
            if (link.getGroupId() != null) {
                identity.createUserQuery()
                        .memberOfGroup(link.getGroupId())
                        .list()
                        .forEach(u -> users.add(u.getId()));
            }
        }
        return users;
    }
}
