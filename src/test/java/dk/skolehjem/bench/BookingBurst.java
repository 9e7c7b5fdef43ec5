package dk.skolehjem.bench;

import dk.skolehjem.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The booking burst over HTTP, as families press on their phones: {@code concurrent} families at once, both guardians
 * of a family submitting the same time together, neighbours choosing the same first free time (the loser is shown
 * the times free now and takes one). Every answer is counted by status; a family is booked when one of its two
 * guardians got the receipt.
 */
final class BookingBurst {

    /** One family: its booking task and its two guardians' logins, and which node each guardian uses. */
    record Family(String taskId, String guardianA, String guardianB, int portA, int portB, int aim) {}

    /** What a burst came to. */
    record Outcome(
            int families, int booked, double seconds, Figures latencies, Map<Integer, Integer> statuses, int failures) {
        double perSecond() {
            return booked / seconds;
        }

        int serverErrors() {
            return statuses.entrySet().stream()
                            .filter(e -> e.getKey() >= 500)
                            .mapToInt(Map.Entry::getValue)
                            .sum()
                    + failures;
        }
    }

    private static final Pattern SLOT = Pattern.compile("name=\"slot\" value=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** The first thing that went wrong on the client's side (a refused connection, a timeout), for the report. */
    static final java.util.concurrent.atomic.AtomicReference<String> FIRST_FAILURE =
            new java.util.concurrent.atomic.AtomicReference<>();

    private BookingBurst() {}

    static Outcome run(List<Family> families, int concurrent) throws Exception {
        return run(families, concurrent, () -> () -> {});
    }

    /** As {@link #run(List, int)}, with {@code during} (a profile) started after the logins and closed after the burst. */
    static Outcome run(List<Family> families, int concurrent, java.util.function.Supplier<AutoCloseable> during)
            throws Exception {
        // logging in is not part of the burst: every guardian is logged in first
        ExecutorService login = Executors.newFixedThreadPool(8);
        Map<String, Http> sessions = new ConcurrentHashMap<>();
        List<Future<?>> logins = new ArrayList<>();
        for (Family f : families) {
            logins.add(login.submit(() -> sessions.put(f.guardianA(), Http.family(f.portA(), f.guardianA()))));
            logins.add(login.submit(() -> sessions.put(f.guardianB(), Http.family(f.portB(), f.guardianB()))));
        }
        for (Future<?> l : logins) {
            l.get();
        }
        login.shutdown();

        Figures latencies = new Figures();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicInteger booked = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(concurrent * 2);
        ExecutorService families2 = Executors.newFixedThreadPool(concurrent);
        AutoCloseable watching = during.get();
        long t0 = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (Family f : families) {
            done.add(families2.submit(() -> {
                CountDownLatch together = new CountDownLatch(1);
                Future<Boolean> a = pool.submit(
                        () -> guardian(sessions.get(f.guardianA()), f, together, latencies, statuses, failures));
                Future<Boolean> b = pool.submit(
                        () -> guardian(sessions.get(f.guardianB()), f, together, latencies, statuses, failures));
                together.countDown();
                boolean first = a.get();
                boolean second = b.get();
                if (first || second) {
                    booked.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = Figures.millisSince(t0) / 1000.0;
        watching.close();
        pool.shutdownNow();
        families2.shutdownNow();
        return new Outcome(families.size(), booked.get(), seconds, latencies, statuses, failures.get());
    }

    /** One guardian: opens the task, waits for the other, submits; on a taken time takes one still free. */
    private static boolean guardian(
            Http http,
            Family f,
            CountDownLatch together,
            Figures latencies,
            Map<Integer, Integer> statuses,
            AtomicInteger failures)
            throws InterruptedException {
        try {
            String page = http.get("/foraeldre/opgave/" + f.taskId()).body();
            together.await();
            for (int attempt = 0; attempt < 6; attempt++) {
                Matcher csrf = CSRF.matcher(page);
                List<String> free =
                        SLOT.matcher(page).results().map(m -> m.group(1)).toList();
                if (!csrf.find() || free.isEmpty()) {
                    return false; // answered by the other guardian already, or no time left
                }
                // the first try aims where the neighbouring family aims too; a retry takes the first time free now
                String slot = free.get(attempt == 0 ? Math.min(f.aim(), free.size() - 1) : 0);
                long s = System.nanoTime();
                Http.Answer answer = http.postForm(
                        "/foraeldre/opgave/" + f.taskId(),
                        Map.of("slot", slot, "goingWell", "Venskaber", "_csrf", csrf.group(1)));
                latencies.add(Figures.millisSince(s));
                statuses.merge(answer.status(), 1, Integer::sum);
                if (answer.status() == 302) {
                    return true;
                }
                if (answer.status() != 400) {
                    return false; // 409: the other guardian's answer counted
                }
                page = answer.body(); // the times free now
            }
            return false;
        } catch (RuntimeException e) {
            failures.incrementAndGet();
            FIRST_FAILURE.compareAndSet(null, e.toString());
            return false;
        }
    }
}
