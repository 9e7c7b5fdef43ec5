package dk.skolehjem.parents;

import dk.skolehjem.access.CurrentUser;
import java.time.format.DateTimeFormatter;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The administrator suspends a guardian's rights for a child, or lifts a suspension ({@code /admin/suspenderinger}). */
@Controller
class SuspensionPageController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d/M-yyyy HH.mm")
            .withZone(java.time.ZoneId.of("Europe/Copenhagen"));

    private final GuardianSuspensions suspensions;

    SuspensionPageController(GuardianSuspensions suspensions) {
        this.suspensions = suspensions;
    }

    @GetMapping("/admin/suspenderinger")
    String list(@RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user, Model model) {
        adminOnly(user);
        return page(model);
    }

    @PostMapping("/admin/suspenderinger")
    String suspend(@RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user, @RequestParam(required = false) String school,
            @RequestParam(required = false) String student, @RequestParam(required = false) String guardian,
            @RequestParam(required = false) String reason, Model model) {
        adminOnly(user);
        try {
            suspensions.suspend(trim(school), trim(student), trim(guardian), reason, user.id());
            model.addAttribute("saved", "Forældremyndigheden er suspenderet med det samme.");
        } catch (GuardianSuspensions.Refused e) {
            model.addAttribute("problem", e.getMessage());
        }
        return page(model);
    }

    @PostMapping("/admin/suspenderinger/{id}/ophaev")
    String lift(@RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user, @PathVariable long id, Model model) {
        adminOnly(user);
        try {
            suspensions.lift(id, user.id());
            model.addAttribute("saved", "Suspenderingen er ophævet.");
        } catch (GuardianSuspensions.Refused e) {
            model.addAttribute("problem", e.getMessage());
        }
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("suspensions", suspensions.list());
        model.addAttribute("time", TIME);
        return "suspenderinger";
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }

    private static void adminOnly(CurrentUser user) {
        if (!user.isAdmin()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
