package dk.skolehjem.conference;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.roster.CurrentUser;
import dk.skolehjem.roster.GroupIds;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The class team's overview of its current conference and learning-conversation rounds ({@link ConferenceOverview}),
 * linked from the team's conference tasks in Tasklist; only the class's team and the school's leadership reach it.
 */
@Controller
class ConferencePageController {

    private final ConferenceOverview overview;
    private final Clock clock;

    ConferencePageController(ConferenceOverview overview, Clock clock) {
        this.overview = overview;
        this.clock = clock;
    }

    @GetMapping("/samtaler")
    String overview(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @RequestParam String school,
            @RequestParam("class") String classCode,
            Model model) {
        // the server decides from the caller's groups; another class's team learns nothing, not even that it exists
        if (!user.groups().contains(GroupIds.leadership(school))
                && !user.groups().contains(GroupIds.team(school, classCode))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String year = SchoolYear.of(LocalDate.now(clock)).toString();
        model.addAttribute("classCode", classCode);
        model.addAttribute("year", year);
        model.addAttribute("rounds", overview.current(school, classCode, year));
        return "samtaler";
    }
}
