package dk.skolehjem.schoolyear;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.roster.CurrentUser;
import dk.skolehjem.roster.ForbiddenException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lets leadership (or an administrator) start a school's year: one school-year process per class. */
@RestController
class SchoolYearController {

    private final SchoolYearRollout rollout;

    SchoolYearController(SchoolYearRollout rollout) {
        this.rollout = rollout;
    }

    /** {@code year}: "2026-27" or "current". Calling it again starts nothing new. */
    @PostMapping("/api/school-years/{year}/rollout")
    SchoolYearRollout.Result rollout(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @PathVariable String year,
            @RequestParam("school") String school) {
        if (!user.isAdmin() && !user.leads(school)) {
            throw new ForbiddenException("Kun skolens ledelse kan starte skoleåret for skolen '" + school + "'.");
        }
        SchoolYear schoolYear = "current".equals(year)
                ? SchoolYear.of(dk.skolehjem.engine.EngineDates.today())
                : SchoolYear.parse(year);
        return rollout.rollout(schoolYear, school);
    }
}
