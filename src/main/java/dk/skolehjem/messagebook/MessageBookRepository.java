package dk.skolehjem.messagebook;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Message book entries with their goals and agreements in the application's schema. */
@Repository
class MessageBookRepository {

    private final NamedParameterJdbcTemplate jdbc;

    MessageBookRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(MessageBookEntry e) {
        jdbc.update(
                "insert into app.message_book_entry (id, school_id, student_id, school_year, entry_date, source, "
                        + "strengths, evaluation, next_focus, attendance, parents_informed, parents_informed_on, process_instance_id, "
                        + "created_by, created_at) values (:id, :school, :student, :year, :date, :source, :strengths, :evaluation, "
                        + ":next, :attendance, "
                        + ":informed, :informedOn, "
                        + ":pi, :by, :at)",
                new MapSqlParameterSource()
                        .addValue("id", e.id())
                        .addValue("school", e.schoolId())
                        .addValue("student", e.studentId())
                        .addValue("year", e.schoolYear())
                        .addValue("date", Date.valueOf(e.date()))
                        .addValue("source", e.source().name())
                        .addValue("strengths", e.strengths())
                        .addValue("evaluation", e.evaluation())
                        .addValue("next", e.nextFocus())
                        .addValue("attendance", e.attendance())
                        .addValue("informed", e.parentsInformed())
                        .addValue("informedOn", date(e.parentsInformedOn()))
                        .addValue("pi", e.processInstanceId())
                        .addValue("by", e.createdBy())
                        .addValue("at", Timestamp.from(e.createdAt())));
        for (int i = 0; i < e.goals().size(); i++) {
            jdbc.update(
                    "insert into app.message_book_goal (entry_id, position, area, goal) values (:e, :p, :a, :g)",
                    Map.of(
                            "e",
                            e.id(),
                            "p",
                            i,
                            "a",
                            e.goals().get(i).area().name(),
                            "g",
                            e.goals().get(i).goal()));
        }
        for (int i = 0; i < e.agreements().size(); i++) {
            MessageBookEntry.Agreement a = e.agreements().get(i);
            jdbc.update(
                    "insert into app.message_book_agreement (entry_id, position, who, what, by_when) "
                            + "values (:e, :p, :who, :what, :by)",
                    new MapSqlParameterSource()
                            .addValue("e", e.id())
                            .addValue("p", i)
                            .addValue("who", a.who())
                            .addValue("what", a.what())
                            .addValue("by", date(a.byWhen())));
        }
    }

    void logRead(String schoolId, String studentId, String userId, String what) {
        jdbc.update(
                "insert into app.message_book_read (school_id, student_id, user_id, what, read_at) "
                        + "values (:s, :st, :u, :w, current_timestamp)",
                Map.of("s", schoolId, "st", studentId, "u", userId, "w", what));
    }

    List<MessageBookEntry> entries(String schoolId, String studentId, String schoolYear) {
        Map<String, Object> key = Map.of("s", schoolId, "st", studentId, "y", schoolYear);
        Map<String, List<MessageBookEntry.Goal>> goals = new LinkedHashMap<>();
        jdbc.query(
                "select g.entry_id, g.area, g.goal from app.message_book_goal g join app.message_book_entry e "
                        + "on e.id = g.entry_id where e.school_id = :s and e.student_id = :st and e.school_year = :y "
                        + "order by g.entry_id, g.position",
                key,
                rs -> {
                    goals.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new MessageBookEntry.Goal(SubjectArea.valueOf(rs.getString(2)), rs.getString(3)));
                });
        Map<String, List<MessageBookEntry.Agreement>> agreements = new LinkedHashMap<>();
        jdbc.query(
                "select a.entry_id, a.who, a.what, a.by_when from app.message_book_agreement a "
                        + "join app.message_book_entry e on e.id = a.entry_id where e.school_id = :s and e.student_id = :st "
                        + "and e.school_year = :y order by a.entry_id, a.position",
                key,
                rs -> {
                    agreements
                            .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new MessageBookEntry.Agreement(
                                    rs.getString(2), rs.getString(3), local(rs.getDate(4))));
                });
        return jdbc.query(
                "select * from app.message_book_entry where school_id = :s and student_id = :st "
                        + "and school_year = :y order by entry_date, created_at",
                key,
                (rs, i) -> row(
                        rs,
                        goals.getOrDefault(rs.getString("id"), List.of()),
                        agreements.getOrDefault(rs.getString("id"), List.of())));
    }

    /** Per student of the school, the distinct days the parents were told about the outcome this year, in order. */
    Map<String, List<LocalDate>> informedDays(String schoolId, String schoolYear) {
        Map<String, List<LocalDate>> days = new java.util.HashMap<>();
        jdbc.query(
                "select distinct student_id, parents_informed_on from app.message_book_entry "
                        + "where school_id = :s and school_year = :y and parents_informed "
                        + "and parents_informed_on is not null order by student_id, parents_informed_on",
                new MapSqlParameterSource().addValue("s", schoolId).addValue("y", schoolYear),
                rs -> {
                    days.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getDate(2).toLocalDate());
                });
        return days;
    }

    private static MessageBookEntry row(
            ResultSet rs, List<MessageBookEntry.Goal> goals, List<MessageBookEntry.Agreement> agreements)
            throws SQLException {
        return new MessageBookEntry(
                rs.getString("id"),
                rs.getString("school_id"),
                rs.getString("student_id"),
                rs.getString("school_year"),
                local(rs.getDate("entry_date")),
                EntrySource.valueOf(rs.getString("source")),
                rs.getString("strengths"),
                goals,
                agreements,
                rs.getString("evaluation"),
                rs.getString("next_focus"),
                rs.getString("attendance"),
                rs.getBoolean("parents_informed"),
                local(rs.getDate("parents_informed_on")),
                rs.getString("process_instance_id"),
                rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static LocalDate local(Date d) {
        return d == null ? null : d.toLocalDate();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }
}
