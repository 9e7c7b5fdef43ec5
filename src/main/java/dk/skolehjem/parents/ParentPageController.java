package dk.skolehjem.parents;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.engine.Booking;
import dk.skolehjem.engine.ProcessModule;
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
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;

/**
 * "Mit barn" at {@code /foraeldre}: for each child in the guardian's custody, this school year's message book and
 * the documents meant for them. Reached from Tasklist with the same login; shows nothing about children the
 * guardian has no custody of.
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
            List<Waiting> tasks) {}

    /** A task waiting for the guardian about this child, with its link into Tasklist. */
    record Waiting(String name, String due, String link) {}

    private final RosterRepository roster;
    private final MessageBookService messageBook;
    private final MinutesService minutes;
    private final DocumentAccess documentAccess;
    private final Clock clock;
    private final FamilyCalendar calendar;
    private final TaskService tasks;
    private final FamilyBookings bookings;
    /** The processes' doors, for the thanks after a request ("sendt"). */
    private final List<ProcessModule> modules;

    ParentPageController(
            RosterRepository roster,
            MessageBookService messageBook,
            MinutesService minutes,
            DocumentAccess documentAccess,
            FamilyCalendar calendar,
            TaskService tasks,
            FamilyBookings bookings,
            Clock clock,
            List<ProcessModule> modules) {
        this.bookings = bookings;
        this.modules = modules;
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
                        waiting(user, new ClassYearKey(year, s.schoolId(), s.classCode(), s.id()))))
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
        model.addAttribute("dates", new DateFormat());
        return "foraeldre";
    }

    /** The guardian's open tasks about the child (their own or the family's), newest first. */
    private List<Waiting> waiting(CurrentUser user, ClassYearKey child) {
        // the family's tasks, and those given to this guardian by name (e.g. each guardian's own consent)
        Map<String, org.camunda.bpm.engine.task.Task> mine = new LinkedHashMap<>();
        tasks.createTaskQuery()
                .taskCandidateUser(user.id())
                .includeAssignedTasks()
                .processInstanceBusinessKey(child.toString())
                .list()
                .forEach(t -> mine.put(t.getId(), t));
        tasks.createTaskQuery()
                .taskAssignee(user.id())
                .processInstanceBusinessKey(child.toString())
                .list()
                .forEach(t -> mine.put(t.getId(), t));
        return mine.values().stream()
                .sorted(java.util.Comparator.comparing(org.camunda.bpm.engine.task.Task::getCreateTime)
                        .reversed())
                .map(t -> new Waiting(
                        t.getName(),
                        t.getDueDate() == null
                                ? ""
                                : DanishDates.day(
                                        LocalDate.ofInstant(t.getDueDate().toInstant(), DanishDates.ZONE)),
                        "/camunda/app/tasklist/default/#/?task=" + t.getId()))
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
