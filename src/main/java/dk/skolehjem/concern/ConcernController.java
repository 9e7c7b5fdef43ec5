package dk.skolehjem.concern;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.AsSystem;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.minutes.MinutesService;
import dk.skolehjem.roster.CurrentUser;
import dk.skolehjem.roster.RosterRepository;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The concern's case page for the people on the case (team, leadership, PPR after consent): the registration, each
 * change of level with its reason, the documents and the underretninger, and the form that records an underretning
 * (L5). Every opening of the page is logged; someone not on the case gets 404, as if it did not exist.
 */
@Controller
class ConcernController {

    /** The registration as the person who raised the concern wrote it, and what the triage made of it. */
    private static final List<String> REGISTRATION = java.util.stream.Stream.concat(
                    ConcernModule.REGISTRATION.stream(),
                    java.util.stream.Stream.of("considerUnderretning", "suggestedLevel"))
            .toList();

    /** Danish dates for the page. */
    static final class Dates {
        public String of(java.sql.Timestamp t) {
            if (t == null) {
                return "";
            }
            // the schools' time, whatever zone the server runs in
            var local = t.toInstant().atZone(DanishDates.ZONE).toLocalDateTime();
            return DanishDates.day(local.toLocalDate())
                    + String.format(" kl. %02d.%02d", local.getHour(), local.getMinute());
        }

        public String of(LocalDate d) {
            return d == null ? "" : DanishDates.day(d);
        }
    }

    /** A document of the case, as listed. */
    record Listed(String id, String title, String createdAt, boolean forGuardians) {}

    private final ConcernCases cases;
    private final ConcernAccess access;
    private final RosterRepository roster;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final MinutesService minutes;

    ConcernController(
            ConcernCases cases,
            ConcernAccess access,
            RosterRepository roster,
            HistoryService history,
            RuntimeService runtime,
            IdentityService identity,
            MinutesService minutes) {
        this.cases = cases;
        this.access = access;
        this.roster = roster;
        this.history = history;
        this.runtime = runtime;
        this.identity = identity;
        this.minutes = minutes;
    }

    @GetMapping("/bekymringer")
    String list(@RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user, Model model) {
        model.addAttribute(
                "cases",
                cases.ofSchools(user.tenants()).stream()
                        .filter(c -> access.canOpen(user, c))
                        .map(c -> Map.of(
                                "case",
                                c,
                                "student",
                                studentName(c),
                                "category",
                                ConcernCategory.labelOf(c.category())))
                        .toList());
        return "bekymringer";
    }

    @GetMapping("/bekymringer/{id}")
    @Transactional
    String show(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user, @PathVariable String id, Model model) {
        ConcernCases.Case c = openable(user, id);
        cases.logRead(id, user.id());
        return page(model, c, null, null, Map.of());
    }

    @PostMapping("/bekymringer/{id}/underretning")
    @Transactional
    String underretning(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @PathVariable String id,
            @RequestParam Map<String, String> form,
            Model model) {
        ConcernCases.Case c = openable(user, id);
        // the answer shows the case again: that is a read too
        cases.logRead(id, user.id());
        String problem = null;
        LocalDate madeOn = null;
        String madeBy = trimmed(form.get("madeBy"));
        String reference = trimmed(form.get("reference"));
        try {
            madeOn = LocalDate.parse(form.getOrDefault("madeOn", ""));
        } catch (DateTimeParseException e) {
            problem = "Feltet 'Dato for underretningen' skal være en dato.";
        }
        if (problem == null
                && (madeOn.isAfter(EngineDates.today())
                        || madeOn.isBefore(EngineDates.today().minusDays(30)))) {
            problem = "Feltet 'Dato for underretningen' skal ligge inden for de sidste 30 dage og ikke i fremtiden.";
        } else if (problem == null && (madeBy == null || madeBy.length() > 200)) {
            problem = "Feltet 'Hvem underretter' skal udfyldes (højst 200 tegn).";
        } else if (problem == null && reference != null && reference.length() > 100) {
            problem = "Feltet 'Kommunens reference' må højst være 100 tegn.";
        } else if (problem == null && c.closedAt() != null) {
            problem = "Sagen er lukket. Opret en ny bekymring, og registrér underretningen dér.";
        }
        if (problem != null) {
            return page(model, c, problem, null, form);
        }
        cases.recordUnderretning(id, madeOn, madeBy, reference, user.id());
        // the process's own event: leadership gets the task to make sure it is sent today
        AsSystem.call(
                identity,
                () -> runtime.createMessageCorrelation("concern-underretning")
                        .processInstanceId(id)
                        .correlateWithResult());
        return page(
                model,
                c,
                null,
                "Underretningen er registreret. Skolens ledelse har fået en opgave om at sikre, "
                        + "at den er sendt i dag.",
                Map.of());
    }

    private String page(Model model, ConcernCases.Case c, String problem, String saved, Map<String, String> form) {
        Map<String, Object> registration = new LinkedHashMap<>();
        AsSystem.call(identity, () -> {
            for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
                    .processInstanceId(c.id())
                    .variableNameIn(REGISTRATION.toArray(String[]::new))
                    .list()) {
                registration.put(v.getName(), v.getValue());
            }
            return null;
        });
        Object since = registration.get("concernSince");
        if (since instanceof String text && text.length() >= 10) {
            try {
                registration.put("concernSince", DanishDates.day(LocalDate.parse(text.substring(0, 10))));
            } catch (DateTimeParseException e) {
                // shown as written
            }
        }
        model.addAttribute("raisedBy", nameOf(c.raisedBy()));
        model.addAttribute("c", c);
        model.addAttribute("student", studentName(c));
        model.addAttribute("category", ConcernCategory.labelOf(c.category()));
        model.addAttribute("urgency", ConcernUrgency.labelOf(c.urgency()));
        model.addAttribute("registration", registration);
        model.addAttribute("changes", cases.levelChanges(c.id()));
        model.addAttribute("underretninger", cases.underretninger(c.id()));
        model.addAttribute("documents", documents(c.id()));
        model.addAttribute("problem", problem);
        model.addAttribute("saved", saved);
        model.addAttribute("form", form);
        model.addAttribute("today", EngineDates.today().toString());
        model.addAttribute("dates", new Dates());
        return "bekymring";
    }

    private List<Listed> documents(String id) {
        return minutes.forProcessInstance(id).stream()
                .map(d -> new Listed(
                        d.id(),
                        d.title(),
                        DanishDates.day(LocalDate.ofInstant(d.createdAt(), DanishDates.ZONE)),
                        d.forGuardians()))
                .toList();
    }

    private ConcernCases.Case openable(CurrentUser user, String id) {
        return cases.find(id)
                .filter(c -> user.tenants().contains(c.schoolId()))
                .filter(c -> access.canOpen(user, c))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** "Name (login)" for the page, the login alone when the person is unknown to the engine. */
    private String nameOf(String userId) {
        var user = AsSystem.call(
                identity, () -> identity.createUserQuery().userId(userId).singleResult());
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                        + (user.getLastName() == null ? "" : user.getLastName()))
                .trim();
        return name.isEmpty() ? userId : name + " (" + userId + ")";
    }

    private String studentName(ConcernCases.Case c) {
        return roster.student(c.schoolId(), c.studentId())
                .map(RosterRepository.StudentRow::name)
                .orElse(c.studentId());
    }

    private static String trimmed(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
