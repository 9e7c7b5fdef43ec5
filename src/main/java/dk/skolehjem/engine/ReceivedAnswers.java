package dk.skolehjem.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Family answers the database decided first ({@link DecidedFirst}): received in one short transaction (the task's row
 * here is the key, so one of two guardians wins; the decision, e.g. the booked time, in the same transaction), then
 * completed in the engine by a few worker threads, on the person's behalf. A node that stops leaves its answers here,
 * and every node's sweep completes them, each exactly once (the row is locked and marked in the completion's own
 * transaction). An answer the engine refuses after all is undone and recorded with its reason.
 */
@Component
public class ReceivedAnswers implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(ReceivedAnswers.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> ANSWERS = new TypeReference<>() {};

    /** An answer waiting longer than this was left by a node's worker (busy, stopped): the sweep completes it. */
    static final Duration LEFT_AFTER = Duration.ofSeconds(5);

    /** How long the row of a completed answer stays (the receipt reads the process by then). */
    static final Duration KEPT_COMPLETED = Duration.ofDays(1);

    /** How long the reason an answer could not be completed is kept. */
    static final Duration KEPT_REFUSED = Duration.ofDays(30);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl configuration;
    private final List<DecidedFirst> deciders;
    private final Clock clock;
    private final ThreadPoolExecutor workers;

    ReceivedAnswers(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            TaskService tasks,
            IdentityService identity,
            ProcessEngineConfigurationImpl configuration,
            List<DecidedFirst> deciders,
            Clock clock,
            @Value("${skolehjem.answers.threads:2}") int threads) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.tasks = tasks;
        this.identity = identity;
        this.configuration = configuration;
        this.deciders = deciders;
        this.clock = clock;
        this.workers =
                new ThreadPoolExecutor(threads, threads, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(10_000), r -> {
                    Thread t = new Thread(r, "svar");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** The decider of this task's answer, if the database decides it first. */
    Optional<DecidedFirst> decider(FamilyTask task, Map<String, Object> variables) {
        return deciders.stream().filter(d -> d.decides(task, variables)).findFirst();
    }

    /**
     * Receives the answer and the decision in one short transaction, then hands the engine's work to a worker.
     * {@link FamilyTasks.Outcome#ALREADY_ANSWERED} when the task's answer came already (the other guardian).
     */
    FamilyTasks.Outcome receive(
            FamilyTask task,
            Map<String, Object> variables,
            String personId,
            Collection<String> groups,
            Map<String, Object> answers,
            DecidedFirst decider) {
        try {
            transaction.executeWithoutResult(status -> {
                // the answer's row first: the other guardian's waits on its key and is then told the answer came
                jdbc.update(
                        "insert into app.received_answer (task_id, person_id, person_groups, answers, received_at) "
                                + "values (?, ?, ?, ?, ?)",
                        task.id(),
                        personId,
                        String.join(",", groups),
                        json(answers),
                        Timestamp.from(clock.instant()));
                DecidedFirst.Decision decision = decider.decide(task, variables, personId, answers);
                jdbc.update(
                        "update app.received_answer set receipt = ?, decision = ? where task_id = ?",
                        decision.receipt(),
                        decision.undo(),
                        task.id());
            });
        } catch (DuplicateKeyException e) {
            return FamilyTasks.Outcome.ALREADY_ANSWERED;
        } catch (TransientDataAccessException e) {
            return FamilyTasks.Outcome.BUSY;
        }
        soon(task.id());
        return FamilyTasks.Outcome.DONE;
    }

    /** The answer received and not yet given up on: its receipt line, if the decision gave one ("" if not). */
    Optional<String> received(String taskId) {
        return jdbc
                .queryForList(
                        "select coalesce(receipt, '') from app.received_answer where task_id = ? and problem is null",
                        String.class,
                        taskId)
                .stream()
                .findFirst();
    }

    /** Of these tasks, those whose answer is received and waits for the engine. */
    java.util.Set<String> waiting(Collection<String> taskIds) {
        if (taskIds.isEmpty()) {
            return java.util.Set.of();
        }
        String marks = String.join(",", java.util.Collections.nCopies(taskIds.size(), "?"));
        return java.util.Set.copyOf(jdbc.queryForList(
                "select task_id from app.received_answer where problem is null and completed_at is null and task_id in ("
                        + marks + ")",
                String.class,
                taskIds.toArray()));
    }

    /** How many received answers wait for the engine (the benchmark's and the drills' measure of its lag). */
    public int waiting() {
        Integer n = jdbc.queryForObject(
                "select count(*) from app.received_answer where completed_at is null and problem is null",
                Integer.class);
        return n == null ? 0 : n;
    }

    private void soon(String taskId) {
        try {
            workers.execute(() -> complete(taskId));
        } catch (RejectedExecutionException full) {
            // the sweep completes it
        }
    }

    @Scheduled(fixedDelayString = "${skolehjem.answers.sweep:PT5S}", initialDelayString = "PT10S")
    void sweep() {
        try {
            // a completed answer's row only tells the receipt page it came; a refused one is kept a month for the
            // operator's log, without the family's answers
            jdbc.update(
                    "delete from app.received_answer where (problem is null and completed_at < ?) "
                            + "or (problem is not null and completed_at < ?)",
                    Timestamp.from(clock.instant().minus(KEPT_COMPLETED)),
                    Timestamp.from(clock.instant().minus(KEPT_REFUSED)));
            for (String taskId : jdbc.queryForList(
                    "select task_id from app.received_answer where completed_at is null and problem is null "
                            + "and received_at < ? order by received_at",
                    String.class,
                    Timestamp.from(clock.instant().minus(LEFT_AFTER)))) {
                complete(taskId);
            }
        } catch (RuntimeException e) {
            LOG.warn("Modtagne svar kunne ikke gennemgås: {}", e.getMessage());
        }
    }

    /** Completes the received answer's task on the person's behalf, once, whichever node gets there first. */
    void complete(String taskId) {
        try {
            transaction.executeWithoutResult(status -> {
                List<Map<String, Object>> rows = jdbc.queryForList(
                        "select person_id, person_groups, answers from app.received_answer "
                                + "where task_id = ? and completed_at is null and problem is null for update",
                        taskId);
                if (rows.isEmpty()) {
                    return; // completed by another worker or node
                }
                Map<String, Object> row = rows.get(0);
                String person = (String) row.get("person_id");
                String groups = (String) row.get("person_groups");
                Map<String, Object> answers = answers((String) row.get("answers"));
                if (jdbc.queryForList("select ID_ from ACT_RU_TASK where ID_ = ? for update", String.class, taskId)
                        .isEmpty()) {
                    throw new Closed();
                }
                EngineInternals.onBehalfOf(
                        configuration,
                        identity,
                        person,
                        groups.isEmpty() ? List.of() : Arrays.asList(groups.split(",")),
                        () -> {
                            tasks.complete(taskId, answers);
                            return null;
                        });
                // the answers now live in the process (and its history) alone
                jdbc.update(
                        "update app.received_answer set completed_at = ?, answers = '{}' where task_id = ?",
                        Timestamp.from(clock.instant()),
                        taskId);
            });
        } catch (TransientDataAccessException | OptimisticLockingException e) {
            LOG.info("Svaret på opgave {} venter på næste forsøg: {}", taskId, e.getMessage());
        } catch (Closed e) {
            giveUp(taskId, "Opgaven var lukket, før svaret blev registreret (fristen var nået).");
        } catch (ProcessEngineException e) {
            if (passing(e)) {
                LOG.info("Svaret på opgave {} venter på næste forsøg: {}", taskId, e.getMessage());
            } else {
                giveUp(taskId, e.getMessage());
            }
        } catch (RuntimeException e) {
            LOG.warn("Svaret på opgave {} kunne ikke registreres endnu: {}", taskId, e.toString());
        }
    }

    /** The answer cannot complete its task: its decision is undone, and the reason kept with it. */
    private void giveUp(String taskId, String reason) {
        LOG.warn("Svaret på opgave {} blev ikke registreret: {}", taskId, reason);
        transaction.executeWithoutResult(status -> {
            List<String> decision = jdbc.queryForList(
                    "select coalesce(decision, '') from app.received_answer where task_id = ? and completed_at is null "
                            + "and problem is null for update",
                    String.class,
                    taskId);
            if (decision.isEmpty()) {
                return;
            }
            jdbc.update(
                    "update app.received_answer set problem = ?, answers = '{}', completed_at = ? where task_id = ?",
                    reason.length() > 1000 ? reason.substring(0, 1000) : reason,
                    Timestamp.from(clock.instant()),
                    taskId);
            if (!decision.get(0).isEmpty()) {
                deciders.forEach(d -> d.undo(decision.get(0)));
            }
        });
    }

    /** A failure of the database's connection or a lock, wrapped by the engine: worth trying again, not a refusal. */
    private static boolean passing(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLTransientException || t instanceof java.sql.SQLRecoverableException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("08")
                        || state.startsWith("40")
                        || state.startsWith("55")
                        || state.startsWith("57")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String json(Map<String, Object> answers) {
        try {
            return JSON.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Map<String, Object> answers(String json) {
        try {
            return JSON.readValue(json, ANSWERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The task closed before its answer could complete it. */
    private static final class Closed extends RuntimeException {
        Closed() {
            super(null, null, false, false);
        }
    }

    @Override
    public void destroy() {
        workers.shutdown();
    }
}
