package dk.skolehjem.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The outbox rows and their states: PENDING (waiting for its time), SENDING (claimed by one sender), SENT, FAILED
 * (given up after the retries; the administrator sees it), CANCELLED (not to be sent any more). Claiming is one
 * conditional update, so of two senders (or one restarted) only one sends a row.
 */
@Repository
class Outbox {

    static final String PENDING = OutboxNotificationPort.PENDING;
    static final String SENDING = "SENDING";
    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    static final String CANCELLED = "CANCELLED";

    /** A row as the sender reads it. */
    record Row(
            long id,
            String recipient,
            NotificationKind kind,
            String subject,
            String body,
            String link,
            String processInstanceId,
            String documentId,
            Instant createdAt,
            String status,
            int attempts,
            Instant nextAttemptAt,
            Instant sentAt,
            String lastError,
            Notification.Event event) {}

    private static final String COLUMNS = "id, recipient, kind, subject, body, link, process_instance_id, document_id, "
            + "created_at, status, attempts, next_attempt_at, sent_at, last_error, event_start, event_minutes, event_place";

    private final NamedParameterJdbcTemplate jdbc;

    Outbox(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> due(Instant now, int limit) {
        return jdbc.query(
                "select " + COLUMNS + " from app.notification where status = 'PENDING' and next_attempt_at <= :now "
                        + "order by id fetch first " + limit + " rows only",
                Map.of("now", Timestamp.from(now)),
                Outbox::row);
    }

    /** Whether this caller got the row to send (no other sender, before or after a restart, will). */
    boolean claim(long id, Instant now) {
        return jdbc.update(
                        "update app.notification set status = 'SENDING', claimed_at = :now where id = :id "
                                + "and status = 'PENDING'",
                        Map.of("id", id, "now", Timestamp.from(now)))
                == 1;
    }

    void sent(long id, Instant now) {
        // a login link's token is not kept once it has gone: only the person's mailbox has it
        jdbc.update(
                "update app.notification set status = 'SENT', sent_at = :now, attempts = attempts + 1, "
                        + "last_error = null, link = case when kind = 'LOGIN_LINK' then null else link end where id = :id",
                Map.of("id", id, "now", Timestamp.from(now)));
    }

    void retry(long id, Instant next, String error) {
        jdbc.update(
                "update app.notification set status = 'PENDING', attempts = attempts + 1, next_attempt_at = :next, "
                        + "claimed_at = null, last_error = :e where id = :id",
                new MapSqlParameterSource()
                        .addValue("id", id)
                        .addValue("next", Timestamp.from(next))
                        .addValue("e", truncate(error)));
    }

    void failed(long id, String error) {
        // a login link given up on will never be sent: its token goes at once
        jdbc.update(
                "update app.notification set status = 'FAILED', attempts = attempts + 1, claimed_at = null, "
                        + "last_error = :e, link = case when kind = 'LOGIN_LINK' then null else link end where id = :id",
                new MapSqlParameterSource().addValue("id", id).addValue("e", truncate(error)));
    }

    /**
     * Forgets every login link's token the outbox no longer needs: those that will not be sent (sent, failed,
     * cancelled) and those created before {@code expiredBefore}, whose link no longer works; one of these still
     * waiting is cancelled, as a mail without its link would be of no use. Returns the rows changed.
     */
    int forgetLoginLinks(Instant expiredBefore) {
        return jdbc.update(
                "update app.notification set link = null, "
                        + "last_error = case when status = 'PENDING' then :why else last_error end, "
                        + "status = case when status = 'PENDING' then 'CANCELLED' else status end "
                        + "where kind = 'LOGIN_LINK' and link is not null and (status in ('SENT', 'FAILED', 'CANCELLED') "
                        + "or (status = 'PENDING' and created_at < :before))",
                new MapSqlParameterSource()
                        .addValue("why", "Linket udløb, før det blev sendt.")
                        .addValue("before", Timestamp.from(expiredBefore)));
    }

    void postpone(long id, Instant next) {
        jdbc.update(
                "update app.notification set next_attempt_at = :next where id = :id and status = 'PENDING'",
                Map.of("id", id, "next", Timestamp.from(next)));
    }

    /** A person's messages about one process instance that have not gone yet are not to be sent. */
    int cancelWaiting(String recipient, String processInstanceId, String why) {
        return jdbc.update(
                "update app.notification set status = 'CANCELLED', last_error = :why where status = 'PENDING' "
                        + "and recipient = :r and process_instance_id = :p",
                Map.of("r", recipient, "p", processInstanceId, "why", why));
    }

    /** Deletes every message about one process instance, whatever its state. */
    int erase(String processInstanceId) {
        return jdbc.update(
                "delete from app.notification where process_instance_id = :p", Map.of("p", processInstanceId));
    }

    /** Rows claimed by a sender that stopped before it finished (a crash or restart) are tried again. */
    int releaseStale(Instant claimedBefore) {
        return jdbc.update(
                "update app.notification set status = 'PENDING', claimed_at = null where status = 'SENDING' "
                        + "and claimed_at < :before",
                Map.of("before", Timestamp.from(claimedBefore)));
    }

    /**
     * A row as the administrator's page sees it: how delivery goes, nothing of what the message says (no subject, no
     * text, no link), so the page cannot show it even by mistake.
     */
    record Delivery(
            long id,
            String recipient,
            NotificationKind kind,
            Instant createdAt,
            String status,
            int attempts,
            Instant nextAttemptAt,
            Instant sentAt,
            String lastError) {}

    /** For the administrator: newest first, optionally one recipient's; delivery status only. */
    List<Delivery> deliveries(String recipient, int limit) {
        return jdbc.query(
                "select id, recipient, kind, created_at, status, attempts, next_attempt_at, sent_at, last_error "
                        + "from app.notification where (:r is null or recipient = :r) order by id desc fetch first "
                        + limit
                        + " rows only",
                new MapSqlParameterSource().addValue("r", recipient, java.sql.Types.VARCHAR),
                (rs, i) -> new Delivery(
                        rs.getLong("id"),
                        rs.getString("recipient"),
                        NotificationKind.valueOf(rs.getString("kind")),
                        instant(rs.getTimestamp("created_at")),
                        rs.getString("status"),
                        rs.getInt("attempts"),
                        instant(rs.getTimestamp("next_attempt_at")),
                        instant(rs.getTimestamp("sent_at")),
                        rs.getString("last_error")));
    }

    java.util.Optional<Row> find(long id) {
        return jdbc
                .query("select " + COLUMNS + " from app.notification where id = :id", Map.of("id", id), Outbox::row)
                .stream()
                .findFirst();
    }

    /** Counts per status, for the administrator's overview. */
    Map<String, Long> counts() {
        Map<String, Long> counts = new java.util.TreeMap<>();
        jdbc.query("select status, count(*) from app.notification group by status", Map.of(), rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    private static Row row(ResultSet rs, int i) throws SQLException {
        Timestamp eventStart = rs.getTimestamp("event_start");
        Notification.Event event = eventStart == null
                ? null
                : new Notification.Event(
                        eventStart.toLocalDateTime(), rs.getInt("event_minutes"), rs.getString("event_place"));
        return new Row(
                rs.getLong("id"),
                rs.getString("recipient"),
                NotificationKind.valueOf(rs.getString("kind")),
                rs.getString("subject"),
                rs.getString("body"),
                rs.getString("link"),
                rs.getString("process_instance_id"),
                rs.getString("document_id"),
                instant(rs.getTimestamp("created_at")),
                rs.getString("status"),
                rs.getInt("attempts"),
                instant(rs.getTimestamp("next_attempt_at")),
                instant(rs.getTimestamp("sent_at")),
                rs.getString("last_error"),
                event);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 1000 ? s : s.substring(0, 999) + "…";
    }
}
