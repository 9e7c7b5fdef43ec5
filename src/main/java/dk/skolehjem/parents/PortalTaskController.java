package dk.skolehjem.parents;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.Choice;
import dk.skolehjem.engine.FamilyTasks;
import dk.skolehjem.engine.FormInput;
import dk.skolehjem.engine.LiveChoices;
import dk.skolehjem.roster.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A family's task on "Mit barn" ({@code /foraeldre/opgave/{id}}): the task's own Camunda Form rendered by the server,
 * submitted here, checked by the roster and the form, completed by the system on the person's behalf, and answered
 * with a Danish receipt. A second answer (the other guardian, a double tap) is told the answer already came.
 */
@Controller
class PortalTaskController {

    private final FamilyTaskAccess access;
    private final FamilyTasks tasks;
    private final List<LiveChoices> liveChoices;
    private final FamilyCalendar calendar;

    PortalTaskController(
            FamilyTaskAccess access, FamilyTasks tasks, List<LiveChoices> liveChoices, FamilyCalendar calendar) {
        this.access = access;
        this.tasks = tasks;
        this.liveChoices = liveChoices;
        this.calendar = calendar;
    }

    @GetMapping("/foraeldre/opgave/{id}")
    String show(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @PathVariable String id,
            HttpServletResponse response,
            Model model) {
        var allowed = access.open(user, id);
        if (allowed.isEmpty()) {
            return alreadyAnswered(user, id, response, model);
        }
        try {
            var form = form(allowed.get(), Map.of());
            if (form.isEmpty()) {
                return alreadyAnswered(user, id, response, model);
            }
            return page(allowed.get(), form.get(), null, model);
        } catch (ProcessEngineException e) {
            if (access.open(user, id).isEmpty()) {
                // answered by the other guardian while this page was being made
                return alreadyAnswered(user, id, response, model);
            }
            throw e;
        }
    }

    @PostMapping("/foraeldre/opgave/{id}")
    String submit(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @PathVariable String id,
            @RequestParam Map<String, String> posted,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        var allowed = access.open(user, id);
        if (allowed.isEmpty()) {
            return alreadyAnswered(user, id, response, model);
        }
        FamilyTasks.Outcome outcome;
        try {
            var form = form(allowed.get(), posted, false);
            if (form.isEmpty()) {
                return alreadyAnswered(user, id, response, model);
            }
            outcome = tasks.answer(
                    user.id(),
                    user.groups(),
                    allowed.get().task(),
                    form.get().answers(posted),
                    form.get().variables());
        } catch (ProcessEngineException e) {
            Object refusal = request.getAttribute(FormInput.REFUSAL_ATTRIBUTE);
            if (refusal != null) {
                // the page is shown again with what they wrote and the times free now
                var again = form(allowed.get(), posted);
                if (again.isEmpty()) {
                    return alreadyAnswered(user, id, response, model);
                }
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return page(allowed.get(), again.get(), refusal.toString(), model);
            }
            if (access.open(user, id).isEmpty()) {
                // the other guardian (or a double tap) answered while this answer was on its way
                return alreadyAnswered(user, id, response, model);
            }
            throw e;
        }
        if (outcome == FamilyTasks.Outcome.ALREADY_ANSWERED) {
            return alreadyAnswered(user, id, response, model);
        }
        if (outcome == FamilyTasks.Outcome.BUSY) {
            var again = form(allowed.get(), posted);
            if (again.isEmpty()) {
                return alreadyAnswered(user, id, response, model);
            }
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(
                    allowed.get(),
                    again.get(),
                    "Der er travlt lige nu, og jeres svar blev ikke gemt. Tryk på knappen igen om et øjeblik.",
                    model);
        }
        return "redirect:/foraeldre/opgave/" + id + "/kvittering";
    }

    /** A chosen time held for the family while it answers the rest (the page's script asks as the choice is made). */
    @PostMapping(value = "/foraeldre/opgave/{id}/hold", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    org.springframework.http.ResponseEntity<Map<String, String>> hold(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @PathVariable String id,
            @RequestParam(name = "felt", required = false) String field,
            @RequestParam(name = "valg", required = false) String value,
            HttpServletRequest request) {
        var allowed = access.open(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        LiveChoices holder = liveChoices.stream()
                .filter(l -> field != null && l.holds(allowed.task(), field))
                .findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (value == null || value.isBlank()) {
            return org.springframework.http.ResponseEntity.badRequest().body(Map.of("message", "Vælg en tid."));
        }
        try {
            return org.springframework.http.ResponseEntity.ok(
                    Map.of("message", holder.hold(allowed.task(), field, value)));
        } catch (ProcessEngineException e) {
            Object refusal = request.getAttribute(FormInput.REFUSAL_ATTRIBUTE);
            return org.springframework.http.ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(Map.of(
                            "message",
                            refusal == null ? "Tiden kunne ikke holdes. Vælg en anden." : refusal.toString()));
        }
    }

    @GetMapping("/foraeldre/opgave/{id}/kvittering")
    String receipt(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user, @PathVariable String id, Model model) {
        var answered = access.answered(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("task", answered.task());
        model.addAttribute("about", answered.about());
        model.addAttribute("already", false);
        meeting(answered, model);
        return "foraeldre-kvittering";
    }

    /** The task is no longer open: answered by the family (say so, changing nothing), or never theirs (404). */
    private String alreadyAnswered(CurrentUser user, String id, HttpServletResponse response, Model model) {
        var answered = access.answered(user, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("task", answered.task());
        model.addAttribute("about", answered.about());
        model.addAttribute("already", true);
        meeting(answered, model);
        return "foraeldre-kvittering";
    }

    /** The meeting agreed, or, while the engine is still registering a booking, the time the family got. */
    private void meeting(FamilyTaskAccess.Allowed answered, Model model) {
        var meeting = calendar.agreed(answered.task().processInstanceId()).orElse(null);
        model.addAttribute("meeting", meeting);
        model.addAttribute(
                "received",
                meeting == null ? tasks.receipt(answered.task().id()).orElse(null) : null);
    }

    private String page(FamilyTaskAccess.Allowed allowed, PortalForm form, String problem, Model model) {
        model.addAttribute("task", allowed.task());
        model.addAttribute("about", allowed.about());
        model.addAttribute(
                "due",
                allowed.task().due() == null
                        ? null
                        : DanishDates.full(
                                LocalDate.ofInstant(allowed.task().due().toInstant(), DanishDates.ZONE)));
        model.addAttribute("form", form);
        model.addAttribute("problem", problem);
        return "foraeldre-opgave";
    }

    /** The task's form with the live choices of this moment; empty when the task was answered meanwhile. */
    private java.util.Optional<PortalForm> form(FamilyTaskAccess.Allowed allowed, Map<String, String> posted) {
        return form(allowed, posted, true);
    }

    /**
     * The form, with its live choices (the times free now) only when it is shown: an answer is read from the form's
     * own fields, and whether a chosen time is still free is the form check's question, at the moment it books it.
     */
    private java.util.Optional<PortalForm> form(
            FamilyTaskAccess.Allowed allowed, Map<String, String> posted, boolean shown) {
        try {
            return formNow(allowed, posted, shown);
        } catch (RuntimeException e) {
            // the engine's reads do not expect the task (or its execution) to vanish while they read it: the other
            // guardian's answer completed it meanwhile
            if (!tasks.isOpen(allowed.task().id())) {
                return java.util.Optional.empty();
            }
            throw e;
        }
    }

    private java.util.Optional<PortalForm> formNow(
            FamilyTaskAccess.Allowed allowed, Map<String, String> posted, boolean shown) {
        var task = allowed.task();
        var json = tasks.form(task).orElse(null);
        if (json == null) {
            return java.util.Optional.empty();
        }
        Map<String, List<Choice>> live = new HashMap<>();
        java.util.Set<String> holdable = new java.util.HashSet<>();
        for (var field : shown ? json.findValues("key") : List.<com.fasterxml.jackson.databind.JsonNode>of()) {
            for (LiveChoices l : liveChoices) {
                l.now(task, field.asText()).ifPresent(c -> live.put(field.asText(), c));
                if (l.holds(task, field.asText())) {
                    holdable.add(field.asText());
                }
            }
        }
        return tasks.variablesIfOpen(task)
                .map(variables -> PortalForm.of(json, task.name(), variables, live, holdable, posted));
    }
}
