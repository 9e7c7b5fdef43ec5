package dk.skolehjem.conference;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.Http;
import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.TestSchools;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.roster.RosterImportService;
import dk.skolehjem.schoolyear.SchoolYearRollout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Anden Skole's 3.B publishes its conference round; both families press "book" for the same slot at the same moment
 * over HTTP, as Tasklist does: exactly one gets it, the other gets a clear Danish answer and still has their task.
 * Runs on H2 and (with -Ppostgres) on PostgreSQL, where the row lock decides. Then the class team's overview
 * ({@code /samtaler}) shows who has not booked, the interpreter wish and the family's answers, to the class's team and
 * leadership only.
 */
@SkoleHjemIT
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConferenceBookingIT {

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    RosterImportService roster;

    @Autowired
    SchoolYearRollout rollout;

    @Autowired
    IdentityService identity;

    @Autowired
    PolicyRegistry policies;

    @Autowired
    RuntimeService runtime;

    /**
     * Both tests run on 1 October of this school year, inside the round's booking period: with real time between
     * them, the booking deadline's timer could end a family's task while the second test books it.
     */
    @BeforeAll
    static void inTheBookingPeriod() {
        SchoolYear year = SchoolYear.of(LocalDate.now());
        ClockUtil.setCurrentTime(java.util.Date.from(year.date(java.time.MonthDay.of(10, 1))
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
    void twoFamiliesBookTheSameSlotAtOnce_exactlyOneWins() throws Exception {
        SchoolYear year = SchoolYear.of(LocalDate.now());
        publishOnce(year);

        Task first = booking(year + ":anden:3.B:a-e1");
        Task second = booking(year + ":anden:3.B:a-e2");
        String slot = ((org.camunda.spin.json.SpinJsonNode) tasks.getVariableLocal(first.getId(), "availableSlots"))
                .elements()
                .get(0)
                .prop("value")
                .stringValue();

        Map<String, Http> sessions =
                Map.of("anden-foraelder", Http.family(port, "anden-foraelder"), "a-g2", Http.family(port, "a-g2"));
        CountDownLatch go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        List<Future<Http.Answer>> answers = new ArrayList<>();
        try {
            for (var attempt : List.of(Map.entry("anden-foraelder", first), Map.entry("a-g2", second))) {
                Callable<Http.Answer> submit = () -> {
                    go.await();
                    return sessions.get(attempt.getKey())
                            .answer(attempt.getValue().getId(), Map.of("slot", slot, "howIsChild", "Glad for skolen"));
                };
                answers.add(pool.submit(submit));
            }
            go.countDown();
            List<Http.Answer> done = new ArrayList<>();
            for (Future<Http.Answer> f : answers) {
                done.add(f.get());
            }
            assertThat(done)
                    .extracting(Http.Answer::status)
                    .filteredOn(s -> s == 302)
                    .hasSize(1);
            Http.Answer loser =
                    done.stream().filter(a -> a.status() != 302).findFirst().orElseThrow();
            assertThat(loser.status()).isEqualTo(400);
            assertThat(loser.body())
                    .contains("Tiden er lige blevet booket af en anden familie", "Glad for skolen")
                    .as("the page shown again offers the times free now")
                    .doesNotContain("value=\"" + slot + "\"");
        } finally {
            pool.shutdownNow();
        }
        dk.skolehjem.EngineCatchUp.await(jdbc);
        long open = tasks.createTaskQuery().taskId(first.getId()).count()
                + tasks.createTaskQuery().taskId(second.getId()).count();
        assertThat(open).as("the family that lost still has its task").isEqualTo(1);
        Task loser = tasks.createTaskQuery().taskId(first.getId()).count() == 1 ? first : second;
        String guardian = loser == first ? "anden-foraelder" : "a-g2";
        assertThat(sessions.get(guardian)
                        .get("/foraeldre/opgave/" + loser.getId())
                        .body())
                .as("its form on Mit barn now offers only free times")
                .contains("name=\"slot\"")
                .doesNotContain("value=\"" + slot + "\"");
    }

    @Test
    @Order(2)
    void theTeamSeesWhoHasNotBooked_theInterpreterWishAndTheAnswers_andNoOtherTeamDoes() {
        SchoolYear year = SchoolYear.of(LocalDate.now());
        publishOnce(year);
        List<Task> open = openBookings(year);
        if (open.size() == 2) {
            // run alone: one family books here as the first test's winner did
            book(open.get(0), Map.of("howIsChild", "Glad for skolen"));
            open = openBookings(year);
        }
        assertThat(open).hasSize(1);
        String notBooked = runtime.createProcessInstanceQuery()
                        .processInstanceId(open.get(0).getProcessInstanceId())
                        .singleResult()
                        .getBusinessKey()
                        .endsWith(":a-e1")
                ? "Ole Ølgaard"
                : "Nora Nørgaard";

        Http team = Http.as(port, "anden-laerer");
        Http.Answer page = team.get("/samtaler?school=anden&class=3.B");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "1 af 2 har booket",
                        "Har ikke booket endnu",
                        notBooked,
                        "Frist for booking",
                        "Hvordan har jeres barn det?",
                        "Glad for skolen");

        book(
                open.get(0),
                Map.of(
                        "interpreterNeeded", true,
                        "interpreterLanguage", "arabisk",
                        "wantToTalkAbout", "Matematik og venner"));
        page = team.get("/samtaler?school=anden&class=3.B");
        assertThat(page.body())
                .contains(
                        "2 af 2 har booket",
                        "Alle har booket.",
                        "Ja, Arabisk",
                        "Hvad vil I gerne tale om?",
                        "Matematik og venner")
                .as("labels come from the form, the language from the code list")
                .doesNotContain("wantToTalkAbout", "arabisk");
        assertThat(Http.as(port, "anden-leder")
                        .get("/samtaler?school=anden&class=3.B")
                        .body())
                .as("the school's leadership")
                .contains("Matematik og venner");

        Http.Answer otherSchool = Http.as(port, "laerer").get("/samtaler?school=anden&class=3.B");
        assertThat(otherSchool.status()).isEqualTo(404);
        assertThat(otherSchool.body()).doesNotContain("Matematik", "Ølgaard", "Nørgaard");
        assertThat(Http.as(port, "paedagog")
                        .get("/samtaler?school=demo&class=5.A")
                        .status())
                .as("the team of 0.A, not of 5.A")
                .isEqualTo(404);
    }

    /** The round of Anden Skole's 3.B, published once for both tests (publishing waits for a round to publish). */
    private void publishOnce(SchoolYear year) {
        TestSchools.ensureAnden(roster, rollout, identity);
        if (runtime.createProcessInstanceQuery()
                        .processDefinitionKey("conference")
                        .processInstanceBusinessKeyLike(year + ":anden:3.B:%")
                        .count()
                == 0) {
            RoundPublishing.publish(runtime, tasks, policies, "anden", "Anden Skole", "3.B", "standard");
        }
    }

    private List<Task> openBookings(SchoolYear year) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKeyLike(year + ":anden:3.B:%")
                .taskDefinitionKey("bookConference")
                .list();
    }

    /**
     * Books the first time offered when the task was made that is still free, with these answers: "Mit barn" shows
     * the family the times free now, the task's own list is from its start.
     */
    private void book(Task task, Map<String, Object> answers) {
        String slot = ((org.camunda.spin.json.SpinJsonNode) tasks.getVariableLocal(task.getId(), "availableSlots"))
                .elements().stream()
                        .map(c -> c.prop("value").stringValue())
                        .filter(id -> jdbc.queryForObject(
                                        "select count(*) from app.conference_slot where id = ? and booked_student is null",
                                        Integer.class,
                                        id)
                                == 1)
                        .findFirst()
                        .orElseThrow();
        Map<String, Object> variables = new java.util.HashMap<>(answers);
        variables.put("slot", slot);
        tasks.complete(task.getId(), variables);
    }

    private Task booking(String studentKey) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(studentKey)
                .taskDefinitionKey("bookConference")
                .singleResult();
    }
}
