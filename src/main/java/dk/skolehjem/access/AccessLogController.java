package dk.skolehjem.access;

import dk.skolehjem.roster.GroupIds;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Hvem har læst hvad": leadership sees every logged read of a child's data at its own school (documents, the
 * message book, concern cases, forms and variables in the engine), newest first, for one student if asked.
 */
@Controller
class AccessLogController {

    /** One read, in Danish for the page. */
    record Read(String when, String who, String student, String what, String reference) {
    }

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d. MMM yyyy HH:mm", Locale.forLanguageTag("da"))
            .withZone(ZoneId.of("Europe/Copenhagen"));
    private static final int MAX_ROWS = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    AccessLogController(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @GetMapping("/ledelse/adgangslog")
    String page(@RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @RequestParam(name = "elev", required = false) String student,
            @RequestParam(name = "dage", defaultValue = "30") int days, Model model) {
        List<String> schools = user.groups().stream().filter(g -> g.startsWith(GroupIds.LEADERSHIP))
                .map(g -> g.substring(GroupIds.LEADERSHIP.length())).toList();
        int span = Math.max(1, Math.min(days, 3660));
        var params = new MapSqlParameterSource("schools", schools)
                .addValue("since", java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(span))))
                .addValue("student", student == null || student.isBlank() ? null : student.trim());
        List<Read> reads = schools.isEmpty() ? List.of() : jdbc.query("select read_at, user_id, student_id, what, "
                + "reference from app.child_data_read where school_id in (:schools) and read_at >= :since "
                + "and (cast(:student as varchar(40)) is null or student_id = :student) order by read_at desc "
                + "limit " + MAX_ROWS, params,
                (rs, i) -> new Read(WHEN.format(rs.getTimestamp(1).toInstant()), rs.getString(2),
                        rs.getString(3) == null ? "" : rs.getString(3), rs.getString(4), rs.getString(5)));
        model.addAttribute("reads", reads);
        model.addAttribute("student", student == null ? "" : student);
        model.addAttribute("days", span);
        model.addAttribute("max", MAX_ROWS);
        return "adgangslog";
    }
}
