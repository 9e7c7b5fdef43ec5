package dk.skolehjem.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes every notification to the outbox ({@code app.notification}) in the transaction of the process step that
 * made it, so nothing is lost and nothing is sent for a step that rolled back; {@link OutboxSender} delivers it,
 * not before the recipient's quiet hours or digest hour allow ({@link DeliveryPlanner}).
 */
@Component
class OutboxNotificationPort implements NotificationPort {

    static final String PENDING = "PENDING";

    private final NamedParameterJdbcTemplate jdbc;
    private final Preferences preferences;
    private final Clock clock;

    OutboxNotificationPort(NamedParameterJdbcTemplate jdbc, Preferences preferences, Clock clock) {
        this.jdbc = jdbc;
        this.preferences = preferences;
        this.clock = clock;
    }

    @Override
    public void send(Notification n) {
        Instant now = clock.instant();
        Instant sendAt = DeliveryPlanner.sendAt(n.kind(), preferences.of(n.recipient()), now);
        var event = n.event();
        jdbc.update(
                "insert into app.notification (recipient, kind, subject, body, link, process_instance_id, document_id, "
                        + "created_at, status, next_attempt_at, event_start, event_minutes, event_place) values (:r, :k, :s, :b, :l, "
                        + ":p, :d, :now, :st, :next, :es, :em, :ep)",
                new MapSqlParameterSource()
                        .addValue("r", n.recipient())
                        .addValue("k", n.kind().name())
                        .addValue("s", truncate(n.subject(), 300))
                        .addValue("b", truncate(n.body(), 4000))
                        .addValue("l", n.link())
                        .addValue("p", n.processInstanceId())
                        .addValue("d", n.documentId())
                        .addValue("now", Timestamp.from(now))
                        .addValue("st", PENDING)
                        .addValue("next", Timestamp.from(sendAt))
                        .addValue("es", event == null ? null : Timestamp.valueOf(event.start()))
                        .addValue("em", event == null ? null : event.minutes())
                        .addValue("ep", event == null ? null : truncate(event.place(), 200)));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
