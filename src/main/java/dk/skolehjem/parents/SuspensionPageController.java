package dk.skolehjem.parents;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.roster.CurrentUser;
import dk.skolehjem.roster.GroupIds;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * School leadership suspends a guardian's rights for a child at its own school, or lifts a suspension
 * ({@code /ledelse/suspenderinger}). It is the school's decision about a child, so it is the school's page, not the
 * technical administrator's: a leader sees and changes only their own school's suspensions.
 */
@Controller
class SuspensionPageController {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d/M-yyyy HH.mm").withZone(DanishDates.ZONE);

    private final GuardianSuspensions suspensions;

    SuspensionPageController(GuardianSuspensions suspensions) {
        this.suspensions = suspensions;
    }

    @GetMapping("/ledelse/suspenderinger")
    String list(@RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user, Model model) {
        return page(model, schools(user));
    }

    @PostMapping("/ledelse/suspenderinger")
    String suspend(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @RequestParam(required = false) String school,
            @RequestParam(required = false) String student,
            @RequestParam(required = false) String guardian,
            @RequestParam(required = false) String reason,
            Model model) {
        List<String> schools = schools(user);
        // the school is the leader's own; with more than one, the choice is among their own only
        String chosen = schools.size() == 1 ? schools.get(0) : trim(school);
        if (!schools.contains(chosen)) {
            model.addAttribute("problem", "Vælg en af dine egne skoler.");
            return page(model, schools);
        }
        try {
            suspensions.suspend(chosen, trim(student), trim(guardian), reason, user.id());
            model.addAttribute("saved", "Forældremyndigheden er suspenderet med det samme.");
        } catch (GuardianSuspensions.Refused e) {
            model.addAttribute("problem", e.getMessage());
        }
        return page(model, schools);
    }

    @PostMapping("/ledelse/suspenderinger/{id}/ophaev")
    String lift(@RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user, @PathVariable long id, Model model) {
        List<String> schools = schools(user);
        boolean own = suspensions.list().stream().anyMatch(s -> s.id() == id && schools.contains(s.schoolId()));
        if (!own) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            suspensions.lift(id, user.id());
            model.addAttribute("saved", "Suspenderingen er ophævet.");
        } catch (GuardianSuspensions.Refused e) {
            model.addAttribute("problem", e.getMessage());
        }
        return page(model, schools);
    }

    private String page(Model model, List<String> schools) {
        model.addAttribute("schools", schools);
        model.addAttribute(
                "suspensions",
                suspensions.list().stream()
                        .filter(s -> schools.contains(s.schoolId()))
                        .toList());
        model.addAttribute("time", TIME);
        return "suspenderinger";
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    /** The schools this person leads; none: the page does not exist for them. */
    private static List<String> schools(CurrentUser user) {
        List<String> schools = user.groups().stream()
                .filter(g -> g.startsWith(GroupIds.LEADERSHIP))
                .map(g -> g.substring(GroupIds.LEADERSHIP.length()))
                .sorted()
                .toList();
        if (schools.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return schools;
    }
}
