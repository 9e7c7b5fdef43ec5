package dk.skolehjem.compliance;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.roster.CurrentUser;
import dk.skolehjem.roster.GroupIds;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The school board's page: how the year went against the principle the board set, part by part, in counts only,
 * and the evaluation as PDF/A on demand. The school is the board's own (or the leader's); nobody chooses it.
 */
@Controller
class BoardController {

    /** One part of the year for the page: the school's totals this year and last. */
    record Part(Columns column, String kept, String late, String missed, String notYet, String lastYear) {}

    /** The page for one school. */
    record SchoolView(
            String schoolId,
            String schoolName,
            String policyName,
            List<Part> parts,
            List<String> questions,
            List<BoardReports.Kept> kept) {}

    private final Compliance compliance;
    private final BoardReports kept;
    private final Clock clock;

    BoardController(Compliance compliance, BoardReports kept, Clock clock) {
        this.compliance = compliance;
        this.kept = kept;
        this.clock = clock;
    }

    @GetMapping("/bestyrelse")
    String page(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @RequestParam(name = "aar", required = false) String year,
            Model model) {
        SchoolYear schoolYear = Years.of(year, today());
        List<SchoolView> schools = new ArrayList<>();
        for (String schoolId : schools(user)) {
            compliance.school(schoolId, schoolYear, today()).ifPresent(c -> {
                SchoolCompliance last = compliance
                        .school(schoolId, previous(schoolYear), today())
                        .orElse(null);
                List<Columns> columns = Columns.used(c);
                List<Part> parts = columns.stream()
                        .map(col -> {
                            long[] n = BoardReport.totals(c, col);
                            boolean children = BoardReport.aboutChildren(c, col);
                            return new Part(
                                    col,
                                    BoardReport.shown(n[0], children),
                                    BoardReport.shown(n[1], children),
                                    BoardReport.shown(n[2], children),
                                    BoardReport.shown(n[3], children),
                                    last == null ? "–" : percent(last, col));
                        })
                        .toList();
                schools.add(new SchoolView(
                        schoolId,
                        c.schoolName(),
                        c.policy().name(),
                        parts,
                        BoardReport.questions(c, columns),
                        kept.kept(schoolId)));
            });
        }
        model.addAttribute("schools", schools);
        model.addAttribute("year", schoolYear.toString());
        model.addAttribute("lastYear", previous(schoolYear).toString());
        return "bestyrelse";
    }

    @GetMapping("/bestyrelse/evaluering.pdf")
    ResponseEntity<byte[]> report(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @RequestParam(name = "aar", required = false) String year) {
        SchoolYear schoolYear = Years.of(year, today());
        String schoolId =
                schools(user).stream().findFirst().orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        SchoolCompliance c = compliance
                .school(schoolId, schoolYear, today())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Optional<SchoolCompliance> last = compliance.school(schoolId, previous(schoolYear), today());
        byte[] pdf = BoardReport.render(c, last.orElse(null), clock.instant());
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("evaluering-" + schoolId + "-" + schoolYear + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }

    /** The schools whose board the person sits on, or leads. */
    private static List<String> schools(CurrentUser user) {
        List<String> schools = new ArrayList<>(GroupIds.boardSchools(user.groups()));
        user.tenants().stream()
                .filter(user::leads)
                .filter(s -> !schools.contains(s))
                .forEach(schools::add);
        return schools;
    }

    private static String percent(SchoolCompliance school, Columns col) {
        long[] n = BoardReport.totals(school, col);
        long owed = n[0] + n[1] + n[2];
        return owed == 0 ? "–" : Math.round(100.0 * n[0] / owed) + " %";
    }

    private static SchoolYear previous(SchoolYear year) {
        return new SchoolYear(year.startYear() - 1);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DanishDates.ZONE));
    }
}
