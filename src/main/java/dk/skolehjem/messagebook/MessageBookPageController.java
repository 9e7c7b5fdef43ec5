package dk.skolehjem.messagebook;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.roster.CurrentUser;
import dk.skolehjem.roster.GroupIds;
import dk.skolehjem.roster.RosterRepository;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The class team's pages for the message book: their classes, a class's students with what is still missing this
 * year, and one student's book with a form to write an entry by hand. Same rules as the API.
 */
@Controller
class MessageBookPageController {

    /** A class the user works with. */
    record ClassLink(String schoolId, String code) {}

    /** A student in the class overview, with this year's status. */
    record StudentStatus(RosterRepository.StudentRow student, Completeness completeness) {}

    private final RosterRepository roster;
    private final MessageBookService messageBook;
    private final MessageBookAccess access;
    private final Clock clock;

    MessageBookPageController(
            RosterRepository roster, MessageBookService messageBook, MessageBookAccess access, Clock clock) {
        this.roster = roster;
        this.messageBook = messageBook;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/meddelelsesbog")
    String classes(@RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user, Model model) {
        List<ClassLink> classes = new ArrayList<>();
        for (String school : user.tenants()) {
            for (RosterRepository.ClassRow c : roster.activeClasses(school)) {
                if (user.groups().contains(GroupIds.leadership(school))
                        || user.groups().contains(GroupIds.team(school, c.code()))) {
                    classes.add(new ClassLink(school, c.code()));
                }
            }
        }
        model.addAttribute("classes", classes);
        return "meddelelsesbog-klasser";
    }

    @GetMapping("/meddelelsesbog/klasse")
    String classOverview(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @RequestParam String school,
            @RequestParam("class") String classCode,
            @RequestParam(required = false) String sendt,
            Model model) {
        if (!user.groups().contains(GroupIds.leadership(school))
                && !user.groups().contains(GroupIds.team(school, classCode))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        SchoolYear year = SchoolYear.of(LocalDate.now(clock));
        model.addAttribute("school", school);
        model.addAttribute("classCode", classCode);
        model.addAttribute("year", year.toString());
        if ("samtale".equals(sendt) || "bekymring".equals(sendt)) {
            model.addAttribute(
                    "sent",
                    "samtale".equals(sendt)
                            ? "Anmodningen om en samtale er sendt til familien."
                            : "Bekymringen er registreret, og ledelsen vurderer den.");
        }
        model.addAttribute(
                "students",
                roster.studentsOfClass(school, classCode).stream()
                        .map(s -> new StudentStatus(s, messageBook.completeness(school, s.id(), year)))
                        .toList());
        return "meddelelsesbog-klasse";
    }

    @GetMapping("/meddelelsesbog/elev")
    String student(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @RequestParam String school,
            @RequestParam String student,
            Model model) {
        RosterRepository.StudentRow s = writable(user, school, student);
        messageBook.logRead(s.schoolId(), s.id(), user.id(), "side");
        fill(model, s, Map.of(), Map.of());
        return "meddelelsesbog-elev";
    }

    @PostMapping("/meddelelsesbog/elev")
    String write(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @RequestParam String school,
            @RequestParam String student,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response) {
        RosterRepository.StudentRow s = writable(user, school, student);
        Map<String, String> errors = new LinkedHashMap<>();
        NewEntry entry = entry(form, s.grade(), errors);
        if (errors.isEmpty()) {
            try {
                messageBook.write(s.schoolId(), s.id(), entry, user.id(), null);
                redirect.addFlashAttribute("saved", "Indførslen er gemt.");
                return "redirect:/meddelelsesbog/elev?school=" + s.schoolId() + "&student=" + s.id();
            } catch (EntryRejected e) {
                e.problems().forEach(p -> errors.merge(label(p.field()), p.message(), (a, b) -> a + "; " + b));
            }
        }
        fill(model, s, errors, form.toSingleValueMap());
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "meddelelsesbog-elev";
    }

    private void fill(
            Model model, RosterRepository.StudentRow s, Map<String, String> errors, Map<String, String> values) {
        SchoolYear year = SchoolYear.of(LocalDate.now(clock));
        model.addAttribute("student", s);
        model.addAttribute("year", year.toString());
        model.addAttribute("entries", messageBook.entries(s.schoolId(), s.id(), year));
        model.addAttribute("completeness", messageBook.completeness(s.schoolId(), s.id(), year));
        model.addAttribute(
                "areas",
                Arrays.stream(SubjectArea.values())
                        .filter(a -> a.belongsTo(s.grade()))
                        .toList());
        model.addAttribute("sources", EntrySource.values());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("today", LocalDate.now(clock).toString());
        model.addAttribute(
                "dates", (java.util.function.Function<LocalDate, String>) d -> d == null ? "" : DanishDates.day(d));
    }

    /** Reads the form; unreadable dates and choices are reported by field like the service's own checks. */
    static NewEntry entry(MultiValueMap<String, String> form, int grade, Map<String, String> errors) {
        LocalDate date = date(form.getFirst("date"), "date", errors, true);
        EntrySource source = null;
        try {
            source = EntrySource.valueOf(form.getFirst("source"));
        } catch (IllegalArgumentException | NullPointerException e) {
            errors.put(label("source"), "vælg en af mulighederne");
        }
        List<MessageBookEntry.Goal> goals = new ArrayList<>();
        for (SubjectArea area : SubjectArea.values()) {
            String goal = form.getFirst("goal." + area.name());
            if (goal != null && !goal.isBlank()) {
                goals.add(new MessageBookEntry.Goal(area, goal));
            }
        }
        List<MessageBookEntry.Agreement> agreements = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String who = form.getFirst("who" + i);
            String what = form.getFirst("what" + i);
            if ((who != null && !who.isBlank()) || (what != null && !what.isBlank())) {
                agreements.add(new MessageBookEntry.Agreement(
                        who,
                        what,
                        date(
                                form.getFirst("byWhen" + i),
                                "agreements[" + agreements.size() + "].byWhen",
                                errors,
                                false)));
            }
        }
        boolean informed = "on".equals(form.getFirst("parentsInformed"));
        LocalDate informedOn = date(form.getFirst("parentsInformedOn"), "parentsInformedOn", errors, false);
        return new NewEntry(
                date,
                source,
                form.getFirst("strengths"),
                goals,
                agreements,
                form.getFirst("evaluation"),
                informed,
                informedOn);
    }

    /** The form's Danish label for a field the service names. */
    static String label(String field) {
        String base = field.replaceAll("\\[\\d+]", "").replaceAll("\\..*", "");
        return switch (base) {
            case "date" -> "Dato";
            case "source" -> "Hvor kommer indførslen fra";
            case "strengths" -> "Elevens styrker";
            case "goals" -> "Mål";
            case "agreements" -> "Aftaler";
            case "evaluation" -> "Evaluering af tidligere mål";
            case "parentsInformedOn" -> "Dato for orienteringen";
            default -> "Indførslen";
        };
    }

    private static LocalDate date(String text, String field, Map<String, String> errors, boolean required) {
        if (text == null || text.isBlank()) {
            if (required) {
                errors.put(label(field), "datoen mangler");
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.put(label(field), "'" + text + "' er ikke en dato");
            return null;
        }
    }

    private RosterRepository.StudentRow writable(CurrentUser user, String school, String student) {
        return access.readable(user, school, student)
                .filter(s -> access.canWrite(user, s))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
