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
 * The raw Camunda engine the product is measured against, in the same run on the same PostgreSQL server: a plain
 * standalone engine (history full, its own job executor, its own database {@code <bench>_raw}) with none of the
 * product's plugins, listeners, forms or authorizations, running a process that starts and waits in a user task and
 * one that runs an asynchronous no-op step (a job).
 */
final class RawEngine {

    static final String WAITS = "bench-raw-waits";
    static final String ASYNC = "bench-raw-async";
    static final String PDF = "bench-raw-pdf";

    private final ProcessEngine engine;
    /** Kept in the variables as the product's instances keep theirs, so both write the same history. */
    private final String schoolId;

    private RawEngine(ProcessEngine engine, String schoolId) {
        this.engine = engine;
        this.schoolId = schoolId;
    }

    /** A plain engine on a fresh database {@code database}, the job executor running. */
    static RawEngine standalone(String database, String schoolId) {
        String url = dk.skolehjem.TestDatabase.recreate(database);
        // the same connection pool as the product's (MyBatis' own gives up connections under concurrency)
        var pool = new com.zaxxer.hikari.HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(dk.skolehjem.TestDatabase.user());
        pool.setPassword(dk.skolehjem.TestDatabase.password());
        pool.setMaximumPoolSize(20);
        ProcessEngine engine =
                org.camunda.bpm.engine.ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                        .setDataSource(pool)
                        .setDatabaseSchemaUpdate("true")
                        .setHistory("full")
                        .setJobExecutorActivate(true)
                        .setProcessEngineName("raw-baseline")
                        .buildProcessEngine();
        return new RawEngine(engine, schoolId);
    }

    void close() {
        engine.close();
    }

    private static BpmnModelInstance waiting() {
        return Bpmn.createExecutableProcess(WAITS)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("work")
                .camundaCandidateGroups("bench-raw")
                .endEvent()
                .done();
    }

    void deploy() {
        BpmnModelInstance waits = waiting();
        BpmnModelInstance async = Bpmn.createExecutableProcess(ASYNC)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("noop")
                .camundaAsyncBefore()
                .camundaExpression("${true}")
                .endEvent()
                .done();
        BpmnModelInstance pdf = Bpmn.createExecutableProcess(PDF)
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("minutes")
                .camundaAsyncBefore()
                .camundaClass(RawPdfStep.class.getName())
                .endEvent()
                .done();
        engine.getRepositoryService()
                .createDeployment()
                .name("bench-raw")
                .addModelInstance(WAITS + ".bpmn", waits)
                .addModelInstance(ASYNC + ".bpmn", async)
                .addModelInstance(PDF + ".bpmn", pdf)
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
        return drain(ASYNC, n, atMost);
    }

    /** As {@link #drain}, each job writing the minutes as PDF/A with raw PDFBox (the product's document job's work). */
    double drainDocuments(int n, Duration atMost) {
        return drain(PDF, n, atMost);
    }

    private double drain(String process, int n, Duration atMost) {
        for (int i = 0; i < n; i++) {
            engine.getRuntimeService().startProcessInstanceByKey(process, Map.of("n", i, "schoolId", schoolId));
        }
        long t0 = System.nanoTime();
        Jobs.awaitNone(engine, atMost);
        return n / (Figures.millisSince(t0) / 1000.0);
    }

    /**
     * Starts {@code n} waiting instances in transactions of 500, as a quick way to a database with many open
     * tasks (not a measurement).
     */
    static void fill(
            ProcessEngine product,
            int n,
            String prefix,
            String schoolId,
            org.springframework.transaction.support.TransactionTemplate transaction) {
        product.getRepositoryService()
                .createDeployment()
                .name("bench-filler")
                .addModelInstance(WAITS + ".bpmn", waiting())
                .enableDuplicateFiltering(true)
                .deploy();
        for (int done = 0; done < n; done += 500) {
            int from = done;
            transaction.executeWithoutResult(tx -> {
                for (int i = from; i < Math.min(n, from + 500); i++) {
                    product.getRuntimeService()
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
