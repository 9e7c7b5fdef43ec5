package dk.skolehjem.parents;

import dk.skolehjem.access.CurrentUser;
import dk.skolehjem.roster.RosterRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
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
 * The parent page's buttons: "Anmod om samtale" (R13), "Besøg i klassen" (R16), "Fortæl skolen om en stor
 * ændring" (R15) and "Jeg er bekymret" (R14), each a short Danish form that starts the process for the chosen child. The processes check again
 * that the child is the guardian's own and the fields are filled in; their refusal is shown on the form.
 */
@Controller
class FamilyRequestController {

    /** One of the three requests: its process, page title and fields. */
    record Request(String process, String title, String intro, List<String> fields) {
    }

    static final Map<String, Request> REQUESTS = Map.of(
            "samtale", new Request("talk-request", "Anmod om samtale",
                    "Klasseteamet foreslår en tid, og I kan sige ja eller foreslå en anden.", List.of("requestAbout")),
            "besoeg", new Request("class-visit", "Besøg i klassen",
                    "Klasseteamet svarer med en dag, der passer, eller foreslår en anden.", List.of("wishedDate", "purpose")),
            "aendring", new Request("life-event", "Fortæl skolen om en stor ændring",
                    "Fx skilsmisse, dødsfald eller alvorlig sygdom. Kun klasseteamet og skolens ledelse ser det, og "
                            + "klasseteamet svarer inden for to skoledage.", List.of("changeKind", "description")),
            "bekymring", new Request("concern", "Jeg er bekymret",
                    "Kun barnets klasseteam og skolens ledelse ser det, og PPR kun hvis I giver samtykke. Skolen "
                            + "ringer til jer eller inviterer til et møde; en bekymring tages ikke i beskeder.", List.of("category", "description",
                            "concernSince", "tried", "earlierAttempts", "urgency", "childAtRisk", "childView")));

    private final RosterRepository roster;
    private final RuntimeService runtime;

    FamilyRequestController(RosterRepository roster, RuntimeService runtime) {
        this.roster = roster;
        this.runtime = runtime;
    }

    @GetMapping("/foraeldre/{what}")
    String form(@RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user, @PathVariable String what,
            @RequestParam(name = "barn", required = false) String child, Model model) {
        Request request = request(what);
        RosterRepository.StudentRow student = ownChild(user, child);
        return page(model, what, request, student, Map.of(), null);
    }

    @PostMapping("/foraeldre/{what}")
    String start(@RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user, @PathVariable String what,
            @RequestParam(name = "barn", required = false) String child, @RequestParam Map<String, String> form, Model model) {
        Request request = request(what);
        RosterRepository.StudentRow student = ownChild(user, child);
        Map<String, Object> variables = new LinkedHashMap<>();
        request.fields().forEach(f -> {
            String value = form.get(f);
            if (value != null && !value.isBlank()) {
                variables.put(f, value.trim());
            }
        });
        if (variables.containsKey("childAtRisk")) {
            variables.put("childAtRisk", "true".equals(variables.get("childAtRisk")));
        }
        variables.put("child", student.id());
        variables.put("schoolId", student.schoolId());
        try {
            runtime.startProcessInstanceByKey(request.process(), variables);
        } catch (ProcessEngineException e) {
            return page(model, what, request, student, form, refusal(e));
        }
        return "redirect:/foraeldre?sendt=" + what;
    }

    private static String page(Model model, String what, Request request, RosterRepository.StudentRow student,
            Map<String, String> values, String problem) {
        model.addAttribute("what", what);
        model.addAttribute("request", request);
        model.addAttribute("child", student);
        model.addAttribute("values", values);
        model.addAttribute("problem", problem);
        return "foraeldre-anmodning";
    }

    /** The process's own Danish refusal, without the engine's wrapping. */
    static String refusal(ProcessEngineException e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? "" : t.getMessage();
        int marker = message.lastIndexOf(": ");
        return marker >= 0 && message.startsWith("Exception while") ? message.substring(marker + 2) : message;
    }

    private RosterRepository.StudentRow ownChild(CurrentUser user, String child) {
        return roster.childrenInCustody(user.id()).stream().filter(s -> s.id().equals(child))
                .filter(s -> user.tenants().contains(s.schoolId())).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Request request(String what) {
        Request request = REQUESTS.get(what);
        if (request == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return request;
    }
}
