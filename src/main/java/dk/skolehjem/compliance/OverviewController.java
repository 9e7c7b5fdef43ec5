package dk.skolehjem.compliance;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.engine.OverdueWork;
import dk.skolehjem.roster.CurrentUser;
import dk.skolehjem.roster.GroupIds;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Holder vi princippet?": the leader's page (and a teacher's, for their own classes) with every class against the
 * school's policy on one screen, a class's checks one click away, and the staff work that is late. Which school and
 * which classes is the roster's answer for the person asking.
 */
@Controller
class OverviewController {

    /** One school as the page shows it: its classes' cells and its late work, both limited to what the person sees. */
    record SchoolView(
            SchoolCompliance compliance,
            List<Columns> columns,
            List<ClassRow> classes,
            List<OverdueWork.LateTask> late,
            boolean leader) {}

    /** One class's row. */
    record ClassRow(String classCode, Map<Columns, Columns.Cell> cells) {}

    private final Compliance compliance;
    private final OverdueWork overdue;
    private final Clock clock;

    OverviewController(Compliance compliance, OverdueWork overdue, Clock clock) {
        this.compliance = compliance;
        this.overdue = overdue;
        this.clock = clock;
    }

    @GetMapping("/overblik")
    String overview(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @RequestParam(name = "aar", required = false) String year,
            Model model) {
        SchoolYear schoolYear = Years.of(year, today());
        List<SchoolView> schools = new ArrayList<>();
        for (String schoolId : user.tenants().stream().sorted().toList()) {
            compliance.school(schoolId, schoolYear, today()).ifPresent(c -> {
                boolean leader = user.leads(schoolId);
                List<ClassCompliance> visible = c.classes().stream()
                        .filter(k -> leader || user.groups().contains(GroupIds.team(schoolId, k.classCode())))
                        .toList();
                if (visible.isEmpty()) {
                    return;
                }
                List<Columns> columns = Columns.used(c);
                List<String> codes =
                        visible.stream().map(ClassCompliance::classCode).toList();
                schools.add(new SchoolView(
                        c,
                        columns,
                        visible.stream()
                                .map(k -> new ClassRow(k.classCode(), Columns.cells(k, columns)))
                                .toList(),
                        overdue.at(schoolId, clock.instant()).stream()
                                .filter(t -> leader ? true : t.classCode() != null && codes.contains(t.classCode()))
                                .toList(),
                        leader));
            });
        }
        model.addAttribute("schools", schools);
        model.addAttribute("year", schoolYear.toString());
        model.addAttribute("today", DanishDates.day(today()));
        return "overblik";
    }

    @GetMapping("/overblik/klasse/{classCode}")
    String classPage(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @PathVariable String classCode,
            @RequestParam(name = "aar", required = false) String year,
            Model model) {
        SchoolYear schoolYear = Years.of(year, today());
        for (String schoolId : user.tenants().stream().sorted().toList()) {
            if (!user.leads(schoolId) && !user.groups().contains(GroupIds.team(schoolId, classCode))) {
                continue;
            }
            var school = compliance.school(schoolId, schoolYear, today());
            var found = school.flatMap(s -> s.classOf(classCode));
            if (found.isPresent()) {
                model.addAttribute("school", school.get());
                model.addAttribute("klasse", found.get());
                model.addAttribute("year", schoolYear.toString());
                return "overblik-klasse";
            }
        }
        // another school's class, or no such class: as if it did not exist
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DanishDates.ZONE));
    }
}
