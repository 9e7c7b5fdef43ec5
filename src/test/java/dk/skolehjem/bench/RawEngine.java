package dk.skolehjem.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The raw Camunda engine the product is measured against, in the same engine, database and run: a process that
 * starts and waits in a user task, one that runs an asynchronous no-op step (a job), nothing of the product's own
 * (no listeners, no forms, no authorizations of its own).
 */
final class RawEngine {

    static final String WAITS = "bench-raw-waits";
    static final String ASYNC = "bench-raw-async";

    private final ProcessEngine engine;
    /** The school whose tenant the raw instances run in (the product gives every instance one). */
    private final String schoolId;

    RawEngine(ProcessEngine engine, String schoolId) {
        this.engine = engine;
        this.schoolId = schoolId;
    }

    void deploy() {
        BpmnModelInstance waits = Bpmn.createExecutableProcess(WAITS)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("work")
                .camundaCandidateGroups("bench-raw")
                .endEvent()
                .done();
        BpmnModelInstance async = Bpmn.createExecutableProcess(ASYNC)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("noop")
                .camundaAsyncBefore()
                .camundaExpression("${true}")
                .endEvent()
                .done();
        engine.getRepositoryService()
                .createDeployment()
                .name("bench-raw")
                .addModelInstance(WAITS + ".bpmn", waits)
                .addModelInstance(ASYNC + ".bpmn", async)
                .enableDuplicateFiltering(true)
                .deploy();
    }

    /** Starts {@code n} waiting instances (history full, as the product); returns instances per second. */
    double start(int n, String prefix) {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            engine.getRuntimeService()
                    .startProcessInstanceByKey(
                            WAITS, prefix + "-" + i, Map.of("n", i, "about", "raw " + prefix, "schoolId", schoolId));
        }
        return n / (Figures.millisSince(t0) / 1000.0);
    }

    /** Starts {@code n} instances whose one step is a job and waits until the job executor has run them all. */
    double drain(int n, Duration atMost) {
        for (int i = 0; i < n; i++) {
            engine.getRuntimeService().startProcessInstanceByKey(ASYNC, Map.of("n", i, "schoolId", schoolId));
        }
        long t0 = System.nanoTime();
        Jobs.awaitNone(engine, atMost);
        return n / (Figures.millisSince(t0) / 1000.0);
    }

    /**
     * Starts {@code n} waiting instances in transactions of 500, as a quick way to a database with many open
     * tasks (not a measurement).
     */
    void fill(int n, String prefix, org.springframework.transaction.support.TransactionTemplate transaction) {
        for (int done = 0; done < n; done += 500) {
            int from = done;
            transaction.executeWithoutResult(tx -> {
                for (int i = from; i < Math.min(n, from + 500); i++) {
                    engine.getRuntimeService()
                            .startProcessInstanceByKey(WAITS, prefix + "-" + i, Map.of("n", i, "schoolId", schoolId));
                }
            });
        }
    }

    /** Completes {@code taskIds} with {@code threads} at once; each completion's time goes to {@code latencies}. */
    double complete(List<String> taskIds, int threads, Figures latencies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t0 = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (String id : taskIds) {
                done.add(pool.submit(() -> {
                    long s = System.nanoTime();
                    engine.getTaskService().complete(id, Map.of("slot", "raw"));
                    latencies.add(Figures.millisSince(s));
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return taskIds.size() / (Figures.millisSince(t0) / 1000.0);
        } finally {
            pool.shutdownNow();
        }
    }

    List<String> openTasks(int max) {
        return engine.getTaskService().createTaskQuery().processDefinitionKey(WAITS).listPage(0, max).stream()
                .map(t -> t.getId())
                .toList();
    }
}
