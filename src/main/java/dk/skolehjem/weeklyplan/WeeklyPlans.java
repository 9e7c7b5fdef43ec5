package dk.skolehjem.weeklyplan;

import dk.skolehjem.roster.ClassYearKey;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The published weekly plans (R1), the moment the team sends them: what the class's families read on "Mit barn".
 * A week's plan published again (a correction) replaces the first.
 */
@Repository
class WeeklyPlans {

    /** One class's plan for one week. */
    record Plan(
            LocalDate weekStart,
            int weekNumber,
            String subjects,
            String classNews,
            String platformLink,
            Instant publishedAt) {}

    private final NamedParameterJdbcTemplate jdbc;

    WeeklyPlans(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void publish(
            ClassYearKey classKey,
            LocalDate weekStart,
            int weekNumber,
            String subjects,
            String classNews,
            String platformLink,
            String by,
            Instant at,
            String processInstanceId) {
        var params = new MapSqlParameterSource()
                .addValue("s", classKey.schoolId())
                .addValue("c", classKey.classCode())
                .addValue("y", classKey.year().toString())
                .addValue("w", java.sql.Date.valueOf(weekStart))
                .addValue("n", weekNumber)
                .addValue("subjects", subjects)
                .addValue("news", classNews)
                .addValue("link", platformLink)
                .addValue("at", Timestamp.from(at))
                .addValue("by", by)
                .addValue("pi", processInstanceId);
        jdbc.update("delete from app.weekly_plan where school_id = :s and class_code = :c and week_start = :w", params);
        jdbc.update(
                "insert into app.weekly_plan (school_id, class_code, school_year, week_start, week_number, subjects, "
                        + "class_news, platform_link, published_at, published_by, process_instance_id) values "
                        + "(:s, :c, :y, :w, :n, :subjects, :news, :link, :at, :by, :pi)",
                params);
    }

    /** Every plan published at the school in the year: the class, the week, when and by whom. */
    List<dk.skolehjem.engine.Occurrence> published(String schoolId, dk.skolehjem.calendar.SchoolYear year) {
        return jdbc.query(
                "select class_code, week_start, published_at, published_by from app.weekly_plan "
                        + "where school_id = :s and school_year = :y",
                new MapSqlParameterSource().addValue("s", schoolId).addValue("y", year.toString()),
                (rs, i) -> new dk.skolehjem.engine.Occurrence(
                        dk.skolehjem.engine.Occurrence.What.WEEKLY_PLAN_PUBLISHED,
                        year + ":" + schoolId + ":" + rs.getString(1),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        rs.getDate(2).toLocalDate().toString()));
    }

    /** The class's plans for the weeks starting from {@code from} to {@code to}, newest week first. */
    List<Plan> of(String schoolId, String classCode, LocalDate from, LocalDate to) {
        return jdbc.query(
                "select week_start, week_number, subjects, class_news, platform_link, published_at "
                        + "from app.weekly_plan where school_id = :s and class_code = :c "
                        + "and week_start between :from and :to order by week_start desc",
                new MapSqlParameterSource()
                        .addValue("s", schoolId)
                        .addValue("c", classCode)
                        .addValue("from", java.sql.Date.valueOf(from))
                        .addValue("to", java.sql.Date.valueOf(to)),
                (rs, i) -> new Plan(
                        rs.getDate(1).toLocalDate(),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getTimestamp(6).toInstant()));
    }
}
