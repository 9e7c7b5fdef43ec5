package dk.skolehjem;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Waits for the engine to complete every answer the database took first (a booking on "Mit barn" is decided at once
 * and its task completed just after), before a test looks at the processes.
 */
public final class EngineCatchUp {

    private EngineCatchUp() {}

    public static void await(JdbcTemplate jdbc) {
        Awaitility.await("the engine completing the answers it received")
                .atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from app.received_answer where completed_at is null and problem is null",
                                Integer.class)
                        == 0);
    }
}
