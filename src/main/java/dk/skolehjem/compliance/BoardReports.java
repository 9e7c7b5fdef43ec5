package dk.skolehjem.compliance;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.calendar.SchoolYear;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The board's evaluation written on the school year's last day, for every school, and kept: the board reads the
 * year as it stood when it ended, whatever is corrected later; on any other day the page makes one on demand.
 */
@Component
public class BoardReports {

    /** One kept evaluation. */
    public record Kept(String schoolYear, Instant createdAt) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final Compliance compliance;
    private final Clock clock;

    BoardReports(NamedParameterJdbcTemplate jdbc, Compliance compliance, Clock clock) {
        this.jdbc = jdbc;
        this.compliance = compliance;
        this.clock = clock;
    }

    /** Every evening: on the school year's last day, each school's evaluation is written once. */
    @Scheduled(cron = "${skolehjem.board-report.cron:0 0 20 * * *}", zone = "Europe/Copenhagen")
    public void onTheYearsLastDay() {
        LocalDate today = LocalDate.now(clock.withZone(DanishDates.ZONE));
        SchoolYear year = SchoolYear.of(today);
        if (!today.equals(year.end())) {
            return;
        }
        jdbc.queryForList("select id from app.school", new MapSqlParameterSource(), String.class)
                .forEach(school -> write(school, year, today));
    }

    /** Writes the school's evaluation of {@code year} as of {@code today}, once; false when it was already kept. */
    @Transactional
    public boolean write(String schoolId, SchoolYear year, LocalDate today) {
        if (find(schoolId, year).isPresent()) {
            return false;
        }
        var now = compliance.school(schoolId, year, today);
        if (now.isEmpty()) {
            return false;
        }
        var last = compliance.school(schoolId, new SchoolYear(year.startYear() - 1), today);
        byte[] pdf = BoardReport.render(now.get(), last.orElse(null), clock.instant());
        jdbc.update(
                "insert into app.board_report (school_id, school_year, content, created_at) values (:s, :y, :c, :at)",
                new MapSqlParameterSource()
                        .addValue("s", schoolId)
                        .addValue("y", year.toString())
                        .addValue("c", pdf)
                        .addValue("at", Timestamp.from(clock.instant())));
        return true;
    }

    /** The kept evaluation of a year, if it was written. */
    public Optional<byte[]> find(String schoolId, SchoolYear year) {
        return jdbc
                .query(
                        "select content from app.board_report where school_id = :s and school_year = :y",
                        new MapSqlParameterSource().addValue("s", schoolId).addValue("y", year.toString()),
                        (rs, i) -> rs.getBytes(1))
                .stream()
                .findFirst();
    }

    /** The school's kept evaluations, newest year first. */
    public List<Kept> kept(String schoolId) {
        return jdbc.query(
                "select school_year, created_at from app.board_report where school_id = :s order by school_year desc",
                new MapSqlParameterSource().addValue("s", schoolId),
                (rs, i) -> new Kept(rs.getString(1), rs.getTimestamp(2).toInstant()));
    }
}
