package dk.skolehjem.notification;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records every notification in {@code app.notification}, in the transaction of the process step that made it,
 * so nothing is lost and nothing is recorded for a step that rolled back.
 */
@Component
class RecordingNotificationPort implements NotificationPort {

    static final String RECORDED = "RECORDED";

    private final NamedParameterJdbcTemplate jdbc;

    RecordingNotificationPort(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void send(Notification n) {
        jdbc.update("insert into app.notification (recipient, kind, subject, body, link, process_instance_id, document_id, "
                + "created_at, status) values (:r, :k, :s, :b, :l, :p, :d, current_timestamp, :st)", new MapSqlParameterSource()
                .addValue("r", n.recipient()).addValue("k", n.kind().name()).addValue("s", truncate(n.subject(), 300))
                .addValue("b", truncate(n.body(), 4000)).addValue("l", n.link()).addValue("p", n.processInstanceId())
                .addValue("d", n.documentId()).addValue("st", RECORDED));
    }

    List<Map<String, Object>> recorded(String processInstanceId) {
        return jdbc.queryForList("select * from app.notification where process_instance_id = :p order by id",
                Map.of("p", processInstanceId));
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
