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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Anden Skole's 3.B publishes its conference round; both families press "book" for the same slot at the same moment
 * over HTTP, as Tasklist does: exactly one gets it, the other gets a clear Danish answer and still has their task.
 * Runs on H2 and (with -Ppostgres) on PostgreSQL, where the row lock decides.
 */
@SkoleHjemIT
class ConferenceBookingIT {

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

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

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void twoFamiliesBookTheSameSlotAtOnce_exactlyOneWins() throws Exception {
        TestSchools.ensureAnden(roster, rollout, identity);
        SchoolYear year = SchoolYear.of(LocalDate.now());
        RoundPublishing.publish(runtime, tasks, policies, "anden", "Anden Skole", "3.B", "standard");

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
        long open = tasks.createTaskQuery().taskId(first.getId()).count()
                + tasks.createTaskQuery().taskId(second.getId()).count();
        assertThat(open).as("the family that lost still has its task").isEqualTo(1);
        Task loser = tasks.createTaskQuery().taskId(first.getId()).count() == 1 ? first : second;
        var choices = (org.camunda.spin.json.SpinJsonNode) tasks.getVariableLocal(loser.getId(), "availableSlots");
        assertThat(choices.elements())
                .extracting(c -> c.prop("value").stringValue())
                .as("its form now offers only free times")
                .isNotEmpty()
                .doesNotContain(slot);
    }

    private Task booking(String studentKey) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(studentKey)
                .taskDefinitionKey("bookConference")
                .singleResult();
    }
}
