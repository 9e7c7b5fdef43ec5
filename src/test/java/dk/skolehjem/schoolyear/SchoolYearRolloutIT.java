package dk.skolehjem.schoolyear;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.Http;
import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.calendar.SchoolYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The rollout: one school-year process per class, and never a second one, even when two rollouts race. */
@SkoleHjemIT
class SchoolYearRolloutIT {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    SchoolYearRollout rollout;

    @Test
    void theDemoStartedOneYearPerClass_andAgainStartsNothing() {
        String year = SchoolYear.of(LocalDate.now()).toString();
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("school-year")
                        .processInstanceBusinessKeyLike(year + ":demo:%")
                        .list())
                .extracting(p -> p.getBusinessKey())
                .containsExactlyInAnyOrder(year + ":demo:0.A", year + ":demo:5.A");

        Http.Answer again = Http.as(port, "leder").post("/api/school-years/current/rollout?school=demo");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("started")).isEmpty();
        assertThat(again.json().get("alreadyRunning"))
                .extracting(n -> n.asText())
                .containsExactly("0.A", "5.A");
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("school-year")
                        .processInstanceBusinessKeyLike(year + ":demo:%")
                        .count())
                .isEqualTo(2);
    }

    @Test
    void twoRolloutsAtTheSameMomentStartEachClassOnce() throws Exception {
        SchoolYear next = SchoolYear.of(LocalDate.now()).next();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<SchoolYearRollout.Result>> results = new ArrayList<>();
            Callable<SchoolYearRollout.Result> call = () -> {
                start.await();
                return rollout.rollout(next, "demo");
            };
            results.add(pool.submit(call));
            results.add(pool.submit(call));
            start.countDown();
            List<String> started = new ArrayList<>();
            List<String> existing = new ArrayList<>();
            for (Future<SchoolYearRollout.Result> f : results) {
                started.addAll(f.get(60, TimeUnit.SECONDS).started());
                existing.addAll(f.get().alreadyRunning());
            }
            assertThat(started).containsExactlyInAnyOrder("0.A", "5.A");
            assertThat(existing).containsExactlyInAnyOrder("0.A", "5.A");
        } finally {
            pool.shutdownNow();
        }
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKeyLike(next + ":demo:%")
                        .count())
                .isEqualTo(2);
        runtime.createProcessInstanceQuery()
                .processInstanceBusinessKeyLike(next + ":demo:%")
                .list()
                .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test cleanup"));
    }

    @Test
    void onlyLeadershipOfTheSchoolMayRollOut() {
        assertThat(Http.as(port, "laerer")
                        .post("/api/school-years/current/rollout?school=demo")
                        .status())
                .isEqualTo(404);
        assertThat(Http.as(port, "foraelder1")
                        .post("/api/school-years/current/rollout?school=demo")
                        .status())
                .isEqualTo(404);
        Http.Answer badYear = Http.as(port, "leder").post("/api/school-years/2026-2027/rollout?school=demo");
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.json().get("detail").asText()).contains("fx 2026-27");
    }
}
