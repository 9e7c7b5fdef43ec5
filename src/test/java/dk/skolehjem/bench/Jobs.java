package dk.skolehjem.bench;

import java.time.Duration;
import org.camunda.bpm.engine.ProcessEngine;

/** Waiting for the job executor: until no job that is due now is left, or the time is up. */
final class Jobs {

    private Jobs() {}

    static void awaitNone(ProcessEngine engine, Duration atMost) {
        long end = System.nanoTime() + atMost.toNanos();
        while (due(engine) > 0) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException(
                        "Jobeksekveren nåede ikke at køre " + due(engine) + " job inden for " + atMost);
            }
            sleep(50);
        }
    }

    /** Jobs due now that will still be tried (an incident's job is not waited for). */
    static long due(ProcessEngine engine) {
        return engine.getManagementService()
                .createJobQuery()
                .executable()
                .active()
                .withRetriesLeft()
                .count();
    }

    /** A pause between two looks at the database (a poll, not a timing). */
    static void sleep(long millis) {
        java.util.concurrent.locks.LockSupport.parkNanos(millis * 1_000_000L);
    }
}
