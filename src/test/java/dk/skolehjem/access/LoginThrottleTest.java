package dk.skolehjem.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Wrong passwords slow their source down, never the real person elsewhere, and are forgotten after the window. */
class LoginThrottleTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-04T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    });

    @Test
    void fiveWrongPasswordsFromOneSourceStopThatSourceForThatAccountOnly() {
        for (int i = 0; i < LoginThrottle.PER_SOURCE_AND_ACCOUNT; i++) {
            assertThat(throttle.waitFor("10.0.0.66", "laerer")).isEmpty();
            throttle.failed("10.0.0.66", "laerer");
        }
        assertThat(throttle.waitFor("10.0.0.66", "laerer")).isPresent();
        assertThat(throttle.waitFor("10.0.0.66", "LAERER"))
                .as("the same account whatever the case")
                .isPresent();
        assertThat(throttle.waitFor("10.0.0.7", "laerer"))
                .as("the teacher at school logs in as usual")
                .isEmpty();
        assertThat(throttle.waitFor("10.0.0.66", "leder")).isEmpty();
        assertThat(LoginThrottle.message(throttle.waitFor("10.0.0.66", "laerer").orElseThrow()))
                .isEqualTo("For mange forkerte forsøg fra denne forbindelse. Prøv igen om 15 minutter.");

        now.set(now.get().plus(LoginThrottle.WINDOW).plus(Duration.ofSeconds(1)));
        assertThat(throttle.waitFor("10.0.0.66", "laerer"))
                .as("forgotten after the window")
                .isEmpty();
    }

    @Test
    void oneSourceGuessingManyAccountsIsStoppedToo() {
        for (int i = 0; i < LoginThrottle.PER_SOURCE; i++) {
            throttle.failed("10.0.0.66", "person" + i);
        }
        assertThat(throttle.waitFor("10.0.0.66", "someone-new")).isPresent();
        assertThat(throttle.waitFor("10.0.0.7", "someone-new")).isEmpty();
    }

    @Test
    void aSuccessfulLoginClearsThePairsCount() {
        for (int i = 0; i < LoginThrottle.PER_SOURCE_AND_ACCOUNT - 1; i++) {
            throttle.failed("10.0.0.5", "laerer");
        }
        throttle.succeeded("10.0.0.5", "laerer");
        throttle.failed("10.0.0.5", "laerer");
        assertThat(throttle.waitFor("10.0.0.5", "laerer")).isEmpty();
    }
}
