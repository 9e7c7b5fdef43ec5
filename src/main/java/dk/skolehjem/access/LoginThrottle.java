package dk.skolehjem.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting anyone lock a teacher out: failures are counted per source and account
 * (and per source over all accounts), so a wrong password typed elsewhere never stops the real person logging in.
 * Camunda's own lock per account is switched off for that reason (see application.yaml).
 */
@Component
public class LoginThrottle {

    static final int PER_SOURCE_AND_ACCOUNT = 5;
    static final int PER_SOURCE = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this source must wait before trying this account again, if at all. */
    public Optional<Duration> waitFor(String source, String account) {
        Instant now = clock.instant();
        Optional<Duration> pair = wait(key(source, account), PER_SOURCE_AND_ACCOUNT, now);
        return pair.isPresent() ? pair : wait(source, PER_SOURCE, now);
    }

    public void failed(String source, String account) {
        if (failures.size() > MAX_KEYS) {
            // a flood of made-up names must not fill the memory; forgetting old failures is the lesser harm
            failures.clear();
        }
        Instant now = clock.instant();
        record(key(source, account), now);
        record(source, now);
    }

    public void succeeded(String source, String account) {
        failures.remove(key(source, account));
    }

    /** Danish wording for the refusal. */
    public static String message(Duration wait) {
        long minutes = Math.max(1, (wait.getSeconds() + 59) / 60);
        return "For mange forkerte forsøg fra denne forbindelse. Prøv igen om " + minutes
                + (minutes == 1 ? " minut." : " minutter.");
    }

    private Optional<Duration> wait(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            prune(times, now);
            if (times.size() < limit) {
                return Optional.empty();
            }
            return Optional.of(Duration.between(now, times.peekFirst().plus(WINDOW)));
        }
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
        }
    }

    private static void prune(Deque<Instant> times, Instant now) {
        while (!times.isEmpty() && !times.peekFirst().plus(WINDOW).isAfter(now)) {
            times.removeFirst();
        }
    }

    private static String key(String source, String account) {
        return source + "|" + (account == null ? "" : account.toLowerCase(Locale.ROOT));
    }
}
