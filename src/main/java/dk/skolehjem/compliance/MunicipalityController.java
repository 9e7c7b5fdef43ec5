package dk.skolehjem.compliance;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.roster.CurrentUser;
import dk.skolehjem.roster.GroupIds;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The municipality's schools side by side ("Kommunens skoler"): per school and part of the year, how much of what
 * its own principle promises was kept on time, as percentages and counts with small numbers about children not
 * shown; to compare schools and see where help is needed. No class, no name. The schools are the roster's answer.
 */
@Controller
class MunicipalityController {

    /** One school's row: its name, its principle and a cell per part of the year. */
    record SchoolRow(String schoolName, String policyName, Map<Columns, String> cells, long missed) {}

    private final Compliance compliance;
    private final Clock clock;

    MunicipalityController(Compliance compliance, Clock clock) {
        this.compliance = compliance;
        this.clock = clock;
    }

    @GetMapping("/kommune")
    String schools(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @RequestParam(name = "aar", required = false) String year,
            Model model) {
        SchoolYear schoolYear = Years.of(year, LocalDate.now(clock.withZone(DanishDates.ZONE)));
        LocalDate today = LocalDate.now(clock.withZone(DanishDates.ZONE));
        List<SchoolCompliance> schools = new ArrayList<>();
        GroupIds.municipalSchools(user.groups())
                .forEach(id -> compliance.school(id, schoolYear, today).ifPresent(schools::add));
        Set<Columns> columns = new LinkedHashSet<>();
        for (Columns col : Columns.values()) {
            if (schools.stream().anyMatch(s -> Columns.used(s).contains(col))) {
                columns.add(col);
            }
        }
        List<SchoolRow> rows = new ArrayList<>();
        for (SchoolCompliance s : schools) {
            Map<Columns, String> cells = new LinkedHashMap<>();
            long missed = 0;
            for (Columns col : columns) {
                long[] n = BoardReport.totals(s, col);
                long owed = n[0] + n[1] + n[2];
                missed += n[2];
                boolean children = BoardReport.aboutChildren(s, col);
                cells.put(
                        col,
                        n[0] + n[1] + n[2] + n[3] == 0
                                ? "–"
                                : owed == 0
                                        ? "ikke forfalden"
                                        : Math.round(100.0 * n[0] / owed) + " % til tiden ("
                                                + BoardReport.shown(n[2], children) + " ikke holdt)");
            }
            rows.add(new SchoolRow(s.schoolName(), s.policy().name(), cells, missed));
        }
        model.addAttribute("columns", List.copyOf(columns));
        model.addAttribute("rows", rows);
        model.addAttribute("year", schoolYear.toString());
        model.addAttribute("today", DanishDates.day(today));
        return "kommune";
    }
}
