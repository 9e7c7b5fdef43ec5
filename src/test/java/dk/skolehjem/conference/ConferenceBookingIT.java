package dk.skolehjem.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.skolehjem.Http;
import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.TestSchools;
import dk.skolehjem.calendar.SchoolCalendar;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.roster.RosterImportService;
import dk.skolehjem.schoolyear.SchoolYearRollout;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
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

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

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
        String key = year + ":anden:3.B";
        var schoolYear = runtime.createProcessInstanceQuery().processDefinitionKey("school-year")
                .processInstanceBusinessKey(key).singleResult();
        if (Boolean.TRUE.equals(runtime.getVariable(schoolYear.getId(), "conferenceEnabled"))) {
            // the school year asks the team to publish the round as soon as its planning date has come
            await().atMost(Duration.ofSeconds(60)).until(() -> publishTask(key) != null);
        } else {
            // outside the principle's window (the test runs all year round): start the round directly
            runtime.startProcessInstanceByKey("conference-round", key, Map.of("schoolId", "anden", "schoolName",
                    "Anden Skole", "classCode", "3.B", "schoolYear", year.toString(), "policyId", "standard"));
        }
        LocalDate today = year.date(MonthDay.of(10, 1));
        ClockUtil.setCurrentTime(Date.from(today.atTime(9, 0).atZone(CPH).toInstant()));
        Task publish = publishTask(key);
        List<LocalDate> days = schoolDays(policies.get("standard").calendar(year), year.date(MonthDay.of(11, 2)));
        Map<String, Object> plan = new HashMap<>(Map.of("firstDay", days.get(0).toString(), "lastDay", days.get(1).toString(),
                "dailyStart", "14:00", "dailyEnd", "15:00", "slotMinutes", 20L, "place", "Klasselokalet 3.B",
                "format", "individuel", "bookingDeadline", today.plusDays(14).toString()));
        tasks.complete(publish.getId(), plan);

        Task first = booking(year + ":anden:3.B:a-e1");
        Task second = booking(year + ":anden:3.B:a-e2");
        String slot = ((org.camunda.spin.json.SpinJsonNode) tasks.getVariableLocal(first.getId(), "availableSlots"))
                .elements().get(0).prop("value").stringValue();

        CountDownLatch go = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(2);
        List<Future<Http.Answer>> answers = new ArrayList<>();
        try {
            for (var attempt : List.of(Map.entry("anden-foraelder", first), Map.entry("a-g2", second))) {
                Callable<Http.Answer> submit = () -> {
                    go.await();
                    return Http.as(port, attempt.getKey()).postJson("/engine-rest/task/" + attempt.getValue().getId()
                            + "/submit-form", Map.of("variables", Map.of(
                                    "slot", Map.of("value", slot, "type", "String"),
                                    "howIsChild", Map.of("value", "Glad for skolen", "type", "String"))));
                };
                answers.add(pool.submit(submit));
            }
            go.countDown();
            List<Http.Answer> done = new ArrayList<>();
            for (Future<Http.Answer> f : answers) {
                done.add(f.get());
            }
            assertThat(done).extracting(Http.Answer::status).filteredOn(s -> s == 204).hasSize(1);
            Http.Answer loser = done.stream().filter(a -> a.status() != 204).findFirst().orElseThrow();
            assertThat(loser.body()).contains("Tiden er lige blevet booket af en anden familie");
        } finally {
            pool.shutdownNow();
        }
        long open = tasks.createTaskQuery().taskId(first.getId()).count() + tasks.createTaskQuery().taskId(second.getId()).count();
        assertThat(open).as("the family that lost still has its task").isEqualTo(1);
    }

    private Task publishTask(String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(key).taskDefinitionKey("publishRound").singleResult();
    }

    private Task booking(String studentKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(studentKey).taskDefinitionKey("bookConference")
                .singleResult();
    }

    private static List<LocalDate> schoolDays(SchoolCalendar calendar, LocalDate from) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; days.size() < 2; d = d.plusDays(1)) {
            if (calendar.isSchoolDay(d)) {
                days.add(d);
            }
        }
        return days;
    }
}
