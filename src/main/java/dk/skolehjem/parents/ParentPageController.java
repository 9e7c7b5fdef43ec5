package dk.skolehjem.parents;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.engine.Booking;
import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.engine.Publication;
import dk.skolehjem.engine.StartDoor;
import dk.skolehjem.messagebook.MessageBookEntry;
import dk.skolehjem.messagebook.MessageBookService;
import dk.skolehjem.minutes.DocumentAccess;
import dk.skolehjem.minutes.MinutesService;
import dk.skolehjem.minutes.StoredDocument;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.CurrentUser;
import dk.skolehjem.roster.RosterRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;

/**
 * "Mit barn" at {@code /foraeldre}: for each child in the guardian's custody, this school year's message book and
 * the documents meant for them, the family's open tasks (each opens here, never in Camunda) and the class parent
 * council's; shows nothing about children the guardian has no custody of.
 */
@Controller
class ParentPageController {

    /** One child on the page. */
    record Child(
            RosterRepository.StudentRow student,
            String schoolYear,
            List<MessageBookEntry> entries,
            List<StoredDocument> documents,
            List<FamilyCalendar.Meeting> meetings,
            List<Booking> bookings,
            List<Waiting> tasks,
            List<Publication> publications) {}

    /** A task waiting for the family, with its link to the form on "Mit barn". */
    record Waiting(String name, String due, String link) {}

    private final RosterRepository roster;
    private final MessageBookService messageBook;
    private final MinutesService minutes;
    private final DocumentAccess documentAccess;
    private final Clock clock;
    private final FamilyCalendar calendar;
    private final FamilyTaskAccess tasks;
    private final FamilyBookings bookings;
    /** The processes' doors, for the thanks after a request ("sendt"). */
    private final List<ProcessModule> modules;
    /** "Det har I bedt om": the family's requests and their status. */
    private final FamilyRequests requests;

    ParentPageController(
            RosterRepository roster,
            MessageBookService messageBook,
            MinutesService minutes,
            DocumentAccess documentAccess,
            FamilyCalendar calendar,
            FamilyTaskAccess tasks,
            FamilyBookings bookings,
            Clock clock,
            List<ProcessModule> modules,
            FamilyRequests requests) {
        this.bookings = bookings;
        this.modules = modules;
        this.requests = requests;
        this.calendar = calendar;
        this.tasks = tasks;
        this.roster = roster;
        this.messageBook = messageBook;
        this.minutes = minutes;
        this.documentAccess = documentAccess;
        this.clock = clock;
    }

    @GetMapping("/foraeldre")
    String page(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @org.springframework.web.bind.annotation.RequestParam(required = false) String sendt,
            Model model) {
        SchoolYear year = SchoolYear.of(LocalDate.now(clock));
        List<FamilyTaskAccess.Allowed> open = tasks.open(user);
        List<Child> children = roster.childrenInCustody(user.id()).stream()
                .filter(s -> user.tenants().contains(s.schoolId()))
                .map(s -> new Child(
                        s,
                        year.toString(),
                        messageBook.entries(s.schoolId(), s.id(), year),
                        minutes.forStudent(s.schoolId(), s.id()).stream()
                                .filter(d -> documentAccess.canRead(user, d))
                                .toList(),
                        calendar.upcoming(new ClassYearKey(year, s.schoolId(), s.classCode(), s.id()), clock.instant()),
                        bookings.of(new ClassYearKey(year, s.schoolId(), s.classCode(), s.id())),
                        waiting(open.stream()
                                .filter(t -> s.id().equals(t.studentId()))
                                .toList()),
                        // the weekly plan and whatever else the class's processes publish to its families
                        modules.stream()
                                .flatMap(m -> m
                                        .publications(
                                                new ClassYearKey(year, s.schoolId(), s.classCode(), s.id()),
                                                LocalDate.now(clock))
                                        .stream())
                                .toList()))
                .toList();
        modules.stream()
                .flatMap(m -> m.startDoors().stream())
                .filter(d -> d.path().equals(sendt) && d.openTo(StartDoor.Starter.GUARDIAN))
                .findFirst()
                .ifPresent(d -> model.addAttribute(
                        "sent", d.title() + ": skolen har fået jeres besked, og I får svar her og på e-mail."));
        children.forEach(
                c -> messageBook.logRead(c.student().schoolId(), c.student().id(), user.id(), "side"));
        model.addAttribute("children", children);
        // the class parent council's tasks are about a class, not a child
        Map<String, List<Waiting>> council = new LinkedHashMap<>();
        open.stream()
                .filter(t -> t.studentId() == null)
                .forEach(t -> council.computeIfAbsent(t.about(), k -> new java.util.ArrayList<>())
                        .addAll(waiting(List.of(t))));
        model.addAttribute("council", council);
        model.addAttribute(
                "requests", requests.of(children.stream().map(Child::student).toList(), year));
        model.addAttribute("dates", new DateFormat());
        return "foraeldre";
    }

    /** The family's open tasks, each with its deadline and its link to the form on "Mit barn". */
    private static List<Waiting> waiting(List<FamilyTaskAccess.Allowed> open) {
        return open.stream()
                .map(a -> new Waiting(
                        a.task().name(),
                        a.task().due() == null
                                ? ""
                                : DanishDates.day(
                                        LocalDate.ofInstant(a.task().due().toInstant(), DanishDates.ZONE)),
                        "/foraeldre/opgave/" + a.task().id()))
                .toList();
    }

    /** Danish dates for the template. */
    static final class DateFormat {
        public String day(LocalDate date) {
            return date == null ? "" : DanishDates.day(date);
        }

        public String day(java.time.Instant instant) {
            return instant == null ? "" : DanishDates.day(LocalDate.ofInstant(instant, DanishDates.ZONE));
        }
    }
}
