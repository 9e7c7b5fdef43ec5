package dk.skolehjem.access;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.roster.CurrentUser;
import dk.skolehjem.roster.GroupIds;
import java.time.Clock;
import java.time.Duration;
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
    record Read(String when, String who, String student, String what, String reference) {}

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern(
                    "d. MMM yyyy HH:mm", Locale.forLanguageTag("da"))
            .withZone(DanishDates.ZONE);
    private static final int MAX_ROWS = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final dk.skolehjem.roster.RosterRepository roster;
    private final org.camunda.bpm.engine.IdentityService identity;

    AccessLogController(
            NamedParameterJdbcTemplate jdbc,
            Clock clock,
            dk.skolehjem.roster.RosterRepository roster,
            org.camunda.bpm.engine.IdentityService identity) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.roster = roster;
        this.identity = identity;
    }

    @GetMapping("/ledelse/adgangslog")
    String page(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @RequestParam(name = "elev", required = false) String student,
            @RequestParam(name = "dage", defaultValue = "30") int days,
            Model model) {
        List<String> schools = user.groups().stream()
                .filter(g -> g.startsWith(GroupIds.LEADERSHIP))
                .map(g -> g.substring(GroupIds.LEADERSHIP.length()))
                .toList();
        int span = Math.max(1, Math.min(days, 3660));
        var params = new MapSqlParameterSource("schools", schools)
                .addValue("since", java.sql.Timestamp.from(clock.instant().minus(Duration.ofDays(span))))
                .addValue("student", student == null || student.isBlank() ? null : student.trim());
        var people = new java.util.HashMap<String, String>();
        var students = new java.util.HashMap<String, String>();
        List<Read> reads = schools.isEmpty()
                ? List.of()
                : jdbc.query(
                        "select read_at, user_id, school_id, student_id, "
                                + "what, reference from app.child_data_read where school_id in (:schools) and read_at >= :since "
                                + "and (cast(:student as varchar(40)) is null or student_id = :student) order by read_at desc "
                                + "limit " + MAX_ROWS,
                        params,
                        (rs, i) -> {
                            String school = rs.getString(3);
                            String studentId = rs.getString(4);
                            return new Read(
                                    WHEN.format(rs.getTimestamp(1).toInstant()),
                                    people.computeIfAbsent(rs.getString(2), this::person),
                                    studentId == null
                                            ? ""
                                            : students.computeIfAbsent(
                                                    school + ":" + studentId, k -> student(school, studentId)),
                                    rs.getString(5),
                                    rs.getString(6));
                        });
        model.addAttribute("reads", reads);
        model.addAttribute("student", student == null ? "" : student);
        model.addAttribute("days", span);
        model.addAttribute("max", MAX_ROWS);
        return "adgangslog";
    }

    /** "Mette Kjærgaard (laerer)": the name as the roster gave it, and the login it was done with. */
    private String person(String userId) {
        var user = dk.skolehjem.engine.AsSystem.call(
                identity, () -> identity.createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                        + (user.getLastName() == null ? "" : user.getLastName()))
                .trim();
        return name.isEmpty() ? userId : name + " (" + userId + ")";
    }

    private String student(String school, String studentId) {
        return roster.student(school, studentId)
                .map(s -> s.name() + ", " + s.classCode() + " (" + studentId + ")")
                .orElse(studentId);
    }
}
