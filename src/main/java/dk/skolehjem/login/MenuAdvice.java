package dk.skolehjem.login;

import dk.skolehjem.roster.CurrentUser;
import dk.skolehjem.roster.GroupIds;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The page header's menu for whoever is logged in: Tasklist for staff, "Mit barn" for a family, nothing else. */
@ControllerAdvice
class MenuAdvice {

    /** What the header offers; null when nobody is logged in. */
    record Menu(
            boolean tasklist,
            boolean family,
            boolean principle,
            boolean overview,
            boolean board,
            boolean municipality) {}

    @ModelAttribute("menu")
    Menu menu(HttpServletRequest request) {
        if (!(request.getAttribute(CurrentUser.REQUEST_ATTRIBUTE) instanceof CurrentUser user)) {
            return null;
        }
        boolean family = user.groups().stream().anyMatch(g -> g.startsWith(GroupIds.GUARDIANS));
        // the operator runs the system for every school and belongs to none
        boolean staff = user.groups().stream().anyMatch(g -> g.startsWith(GroupIds.STAFF));
        String landing = Landing.of(user.groups());
        boolean board =
                user.groups().stream().anyMatch(g -> g.startsWith(GroupIds.BOARD) || g.startsWith(GroupIds.LEADERSHIP));
        return new Menu(
                Landing.TASKLIST.equals(landing) || Landing.COCKPIT.equals(landing),
                family,
                !user.isAdmin(),
                staff,
                board,
                user.groups().stream().anyMatch(g -> g.startsWith(GroupIds.MUNICIPALITY)));
    }
}
