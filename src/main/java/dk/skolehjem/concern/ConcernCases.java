package dk.skolehjem.concern;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The concern's own records (R14, L4, L5): the case, each change of level with its reason, the guardians' consent
 * answers, underretninger and who read the case. Rows are only ever added, except the case's close and the
 * retention cleanup; an underretning is never changed once recorded. Times come from the engine's clock.
 */
@Service
public class ConcernCases {

    /** A case as the case page shows it. */
    public record Case(
            String id,
            String schoolId,
            String studentId,
            String classCode,
            String raisedBy,
            String raisedByRole,
            String category,
            String urgency,
            Timestamp openedAt,
            int level,
            Timestamp closedAt,
            String outcome,
            LocalDate retainUntil) {}

    /** One change of level. */
    public record LevelChange(Integer from, int to, String reason, String decidedBy, Timestamp decidedAt) {}

    /** One guardian's answer to the request for consent. */
    public record Consent(
            String guardianId,
            String guardianName,
            boolean given,
            String guardianView,
            String studentView,
            Timestamp answeredAt) {}

    /** One recorded underretning. */
    public record Underretning(
            long id, LocalDate madeOn, String madeBy, String reference, String recordedBy, Timestamp recordedAt) {}

    private final NamedParameterJdbcTemplate jdbc;

    public ConcernCases(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void open(
            String id,
            String schoolId,
            String studentId,
            String classCode,
            String raisedBy,
            String role,
            String category,
            String urgency) {
        jdbc.update(
                "insert into app.concern_case (process_instance_id, school_id, student_id, class_code, raised_by, "
                        + "raised_by_role, category, urgency, opened_at, level) values (:id, :s, :st, :c, :by, :role, :cat, :u, :now, 1)",
                new MapSqlParameterSource("id", id)
                        .addValue("s", schoolId)
                        .addValue("st", studentId)
                        .addValue("c", classCode)
                        .addValue("by", raisedBy)
                        .addValue("role", role)
                        .addValue("cat", category)
                        .addValue("u", urgency)
                        .addValue("now", now()));
    }

    void changeLevel(String id, Integer from, int to, String reason, String by) {
        jdbc.update(
                "insert into app.concern_level_change (process_instance_id, from_level, to_level, reason, decided_by, "
                        + "decided_at) values (:id, :from, :to, :r, :by, :now)",
                new MapSqlParameterSource("id", id)
                        .addValue("from", from)
                        .addValue("to", to)
                        .addValue("r", reason)
                        .addValue("by", by)
                        .addValue("now", now()));
        jdbc.update(
                "update app.concern_case set level = :to where process_instance_id = :id", Map.of("id", id, "to", to));
    }

    void recordConsent(String id, String guardian, boolean given, String guardianView, String studentView) {
        jdbc.update(
                "insert into app.concern_consent (process_instance_id, guardian_id, given, guardian_view, student_view, "
                        + "answered_at) values (:id, :g, :given, :gv, :sv, :now)",
                new MapSqlParameterSource("id", id)
                        .addValue("g", guardian)
                        .addValue("given", given)
                        .addValue("gv", guardianView)
                        .addValue("sv", studentView)
                        .addValue("now", now()));
    }

    /** The newest answer of each guardian asked: consent counts only when every one of them said yes (L4). */
    boolean allConsented(String id, List<String> guardians) {
        if (guardians.isEmpty()) {
            return false;
        }
        List<Boolean> answers = jdbc.queryForList(
                "select c.given from app.concern_consent c where c.process_instance_id = :id "
                        + "and c.guardian_id in (:g) and c.id = (select max(d.id) from app.concern_consent d where "
                        + "d.process_instance_id = c.process_instance_id and d.guardian_id = c.guardian_id)",
                Map.of("id", id, "g", guardians),
                Boolean.class);
        return answers.size() == guardians.size() && answers.stream().allMatch(Boolean::booleanValue);
    }

    public long recordUnderretning(String id, LocalDate madeOn, String madeBy, String reference, String recordedBy) {
        jdbc.update(
                "insert into app.underretning (process_instance_id, made_on, made_by, reference, recorded_by, recorded_at) "
                        + "values (:id, :on, :by, :ref, :rec, :now)",
                new MapSqlParameterSource("id", id)
                        .addValue("on", Date.valueOf(madeOn))
                        .addValue("by", madeBy)
                        .addValue("ref", reference)
                        .addValue("rec", recordedBy)
                        .addValue("now", now()));
        return jdbc.queryForObject(
                "select max(id) from app.underretning where process_instance_id = :id", Map.of("id", id), Long.class);
    }

    void checkUnderretning(String id, String by, String note) {
        jdbc.update(
                "insert into app.underretning_check (process_instance_id, checked_by, checked_at, note) "
                        + "values (:id, :by, :now, :note)",
                new MapSqlParameterSource("id", id)
                        .addValue("by", by)
                        .addValue("now", now())
                        .addValue("note", note));
    }

    void close(String id, String outcome, LocalDate retainUntil) {
        jdbc.update(
                "update app.concern_case set closed_at = :now, outcome = :o, retain_until = :r "
                        + "where process_instance_id = :id and closed_at is null",
                new MapSqlParameterSource("id", id)
                        .addValue("now", now())
                        .addValue("o", outcome)
                        .addValue("r", Date.valueOf(retainUntil)));
    }

    public void logRead(String id, String user) {
        jdbc.update(
                "insert into app.concern_read (process_instance_id, user_id, read_at) values (:id, :u, :now)",
                new MapSqlParameterSource("id", id).addValue("u", user).addValue("now", now()));
    }

    public Optional<Case> find(String id) {
        return jdbc
                .query(
                        "select * from app.concern_case where process_instance_id = :id",
                        Map.of("id", id),
                        (rs, i) -> new Case(
                                rs.getString("process_instance_id"),
                                rs.getString("school_id"),
                                rs.getString("student_id"),
                                rs.getString("class_code"),
                                rs.getString("raised_by"),
                                rs.getString("raised_by_role"),
                                rs.getString("category"),
                                rs.getString("urgency"),
                                rs.getTimestamp("opened_at"),
                                rs.getInt("level"),
                                rs.getTimestamp("closed_at"),
                                rs.getString("outcome"),
                                rs.getDate("retain_until") == null
                                        ? null
                                        : rs.getDate("retain_until").toLocalDate()))
                .stream()
                .findFirst();
    }

    /** The cases of these schools (open first, newest first). */
    public List<Case> ofSchools(List<String> schools) {
        if (schools.isEmpty()) {
            return List.of();
        }
        return jdbc
                .query(
                        "select process_instance_id from app.concern_case where school_id in (:s) "
                                + "order by case when closed_at is null then 0 else 1 end, opened_at desc",
                        Map.of("s", schools),
                        (rs, i) -> rs.getString(1))
                .stream()
                .map(this::find)
                .flatMap(Optional::stream)
                .toList();
    }

    public List<LevelChange> levelChanges(String id) {
        return jdbc.query(
                "select * from app.concern_level_change where process_instance_id = :id order by id",
                Map.of("id", id),
                (rs, i) -> new LevelChange(
                        (Integer) rs.getObject("from_level"),
                        rs.getInt("to_level"),
                        rs.getString("reason"),
                        rs.getString("decided_by"),
                        rs.getTimestamp("decided_at")));
    }

    public List<Consent> consents(String id) {
        return jdbc.query(
                "select c.*, coalesce((select max(g.name) from app.guardian g join app.concern_case k on "
                        + "k.school_id = g.school_id where k.process_instance_id = c.process_instance_id and g.id = c.guardian_id), "
                        + "c.guardian_id) as guardian_name from app.concern_consent c where c.process_instance_id = :id order by c.id",
                Map.of("id", id),
                (rs, i) -> new Consent(
                        rs.getString("guardian_id"),
                        rs.getString("guardian_name"),
                        rs.getBoolean("given"),
                        rs.getString("guardian_view"),
                        rs.getString("student_view"),
                        rs.getTimestamp("answered_at")));
    }

    public List<Underretning> underretninger(String id) {
        return jdbc.query(
                "select * from app.underretning where process_instance_id = :id order by id",
                Map.of("id", id),
                (rs, i) -> new Underretning(
                        rs.getLong("id"),
                        rs.getDate("made_on").toLocalDate(),
                        rs.getString("made_by"),
                        rs.getString("reference"),
                        rs.getString("recorded_by"),
                        rs.getTimestamp("recorded_at")));
    }

    /** The closed cases whose retention time ended before {@code today} (L10). */
    List<String> expired(LocalDate today) {
        return jdbc.queryForList(
                "select process_instance_id from app.concern_case where closed_at is not null "
                        + "and retain_until < :today",
                Map.of("today", Date.valueOf(today)),
                String.class);
    }

    /**
     * Deletes the case's own records, the case last (the others point at it). An underretning goes only here, and
     * PostgreSQL's trigger lets it go only once the case's retention time is over.
     */
    void erase(String id) {
        for (String table : new String[] {
            "concern_read",
            "underretning_check",
            "underretning",
            "concern_consent",
            "concern_level_change",
            "concern_case"
        }) {
            jdbc.update("delete from app." + table + " where process_instance_id = :id", Map.of("id", id));
        }
    }

    private static Timestamp now() {
        return Timestamp.from(dk.skolehjem.engine.EngineDates.now());
    }
}
