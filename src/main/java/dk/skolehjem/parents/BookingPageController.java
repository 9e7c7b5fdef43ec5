package dk.skolehjem.parents;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.Choice;
import dk.skolehjem.roster.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.server.ResponseStatusException;

/**
 * "Skift tid" and "Aflys" under "Mine bookinger": a guardian moves or cancels their child's booked meeting until the
 * booking deadline. The child is the one whose booking {@code ref} is among the guardian's own children's (404
 * otherwise); the process's module does the change and says no in Danish when it is too late or the time was taken.
 */
@Controller
class BookingPageController {

    /** The chosen new time: the slot's id, as the radio button sends it. */
    record NewTime(@NotBlank @Size(max = 100) String tid) {}

    private static final String BACK = "/foraeldre";

    private final FamilyBookings bookings;

    BookingPageController(FamilyBookings bookings) {
        this.bookings = bookings;
    }

    @GetMapping("/foraeldre/bookinger/{ref}/skift")
    String changeForm(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user, @PathVariable String ref, Model model) {
        return changePage(model, found(user, ref), null);
    }

    @PostMapping("/foraeldre/bookinger/{ref}/skift")
    String change(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @PathVariable String ref,
            @Valid @ModelAttribute NewTime choice,
            BindingResult errors,
            HttpServletResponse response,
            Model model) {
        FamilyBookings.Found found = found(user, ref);
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return changePage(model, found, "Vælg en af de ledige tider.");
        }
        try {
            found.module().changeBooking(found.key(), ref, choice.tid(), user.id());
        } catch (BadUserRequestException refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return changePage(model, found, refused.getMessage());
        }
        String when = found.module().bookings(found.key()).stream()
                .filter(b -> b.ref().equals(ref))
                .map(b -> b.when())
                .findFirst()
                .orElse("");
        return done(
                model,
                "Tiden er ændret",
                List.of(
                        found.booking().what() + " for " + found.child().name() + " er nu " + when + ".",
                        "Den gamle tid er givet fri til andre familier, og klasseteamet har fået besked.",
                        "Der er en e-mail med en kalenderinvitation til den nye tid på vej til jer.",
                        "Havde I fået samtalerne med søskende lige efter hinanden, beholder søskende deres tid."));
    }

    @GetMapping("/foraeldre/bookinger/{ref}/aflys")
    String cancelForm(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user, @PathVariable String ref, Model model) {
        return cancelPage(model, found(user, ref), null);
    }

    @PostMapping("/foraeldre/bookinger/{ref}/aflys")
    String cancel(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @PathVariable String ref,
            HttpServletResponse response,
            Model model) {
        FamilyBookings.Found found = found(user, ref);
        try {
            found.module().cancelBooking(found.key(), ref, user.id());
        } catch (BadUserRequestException refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return cancelPage(model, found, refused.getMessage());
        }
        return done(
                model,
                "Samtalen er aflyst",
                List.of(
                        found.booking().what() + " for " + found.child().name() + " "
                                + found.booking().when() + " er aflyst, og klasseteamet har fået besked.",
                        "I kan booke en ny tid under \"Opgaver til dig\" på Mit barn til og med "
                                + DanishDates.day(found.booking().changeUntil())
                                + ". Derefter giver klasseteamet jer en tid."));
    }

    private FamilyBookings.Found found(CurrentUser user, String ref) {
        return bookings.find(user, ref).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String changePage(Model model, FamilyBookings.Found found, String problem) {
        model.addAttribute("found", found);
        model.addAttribute("times", freeTimes(found));
        model.addAttribute("problem", problem);
        return "foraeldre-booking-skift";
    }

    /** The free times now; none when the booking has just ended (the page then says why). */
    private static List<Choice> freeTimes(FamilyBookings.Found found) {
        try {
            return found.module().freeTimes(found.key(), found.booking().ref());
        } catch (BadUserRequestException gone) {
            return List.of();
        }
    }

    private static String cancelPage(Model model, FamilyBookings.Found found, String problem) {
        model.addAttribute("found", found);
        model.addAttribute("until", DanishDates.day(found.booking().changeUntil()));
        model.addAttribute("problem", problem);
        return "foraeldre-booking-aflys";
    }

    private static String done(Model model, String title, List<String> lines) {
        model.addAttribute("title", title);
        model.addAttribute("lines", lines);
        model.addAttribute("back", BACK);
        return "foraeldre-booking-kvittering";
    }
}
