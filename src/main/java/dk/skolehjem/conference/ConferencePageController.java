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

/** The class team's overview of its conference round: every time and who booked it. */
@Controller
class ConferencePageController {

    private final ConferenceRounds rounds;
    private final Clock clock;

    ConferencePageController(ConferenceRounds rounds, Clock clock) {
        this.rounds = rounds;
        this.clock = clock;
    }

    @GetMapping("/samtaler")
    String overview(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @RequestParam String school,
            @RequestParam("class") String classCode,
            Model model) {
        if (!user.groups().contains(GroupIds.leadership(school))
                && !user.groups().contains(GroupIds.team(school, classCode))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String year = SchoolYear.of(LocalDate.now(clock)).toString();
        model.addAttribute("classCode", classCode);
        model.addAttribute("year", year);
        model.addAttribute(
                "bookings",
                rounds.bookings(school, classCode, year).stream()
                        .map(b -> new Row(
                                ConferenceRounds.label(new Slot(null, b.startsAt(), b.minutes())), b.studentName()))
                        .toList());
        return "samtaler";
    }

    /** One line of the overview. */
    record Row(String time, String student) {}
}
