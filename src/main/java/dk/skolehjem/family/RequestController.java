package dk.skolehjem.family;

import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.engine.StartDoor;
import dk.skolehjem.engine.StartForms;
import dk.skolehjem.roster.CurrentUser;
import dk.skolehjem.roster.RosterRepository;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
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
 * The requests a person starts about a student, each a short Danish form: on the parent page "Anmod om samtale"
 * (R13), "Besøg i klassen" (R16), "Fortæl skolen om en stor ændring" (R15) and "Jeg er bekymret" (R14); for the
 * class team "Anmod om samtale" and "Bekymring" from the class's page; each is a door its process's module opens.
 * Only students the roster lets the person speak about can be chosen; {@link ProcessStarts} starts the process. Each
 * page shows its process's start form's labels and choices; the processes check the answers again, and their refusal
 * is shown on the form.
 */
@Controller
public class RequestController {

    /** One of the requests: its process, page title and fields. */
    public record Request(String process, String title, String intro, List<String> fields) {}

    private final ProcessStarts starts;
    /** The processes' doors; each module says which it opens and to whom. */
    private final List<ProcessModule> modules;

    private final StartForms startForms;

    RequestController(ProcessStarts starts, List<ProcessModule> modules, StartForms startForms) {
        this.starts = starts;
        this.modules = modules;
        this.startForms = startForms;
    }

    @GetMapping({"/foraeldre/{what}", "/klasseteam/{what}"})
    String form(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @PathVariable String what,
            @RequestParam(name = "barn", required = false) String child,
            HttpServletRequest http,
            Model model) {
        Request request = request(what, http);
        RosterRepository.StudentRow student = student(user, request, child);
        return page(model, what, request, student, Map.of(), null, http);
    }

    @PostMapping({"/foraeldre/{what}", "/klasseteam/{what}"})
    String start(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @PathVariable String what,
            @RequestParam(name = "barn", required = false) String child,
            @RequestParam Map<String, String> form,
            HttpServletRequest http,
            Model model) {
        Request request = request(what, http);
        RosterRepository.StudentRow student = student(user, request, child);
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
        try {
            starts.start(user.id(), request.process(), student, variables);
        } catch (ProcessEngineException e) {
            return page(model, what, request, student, form, refusal(e), http);
        }
        return staff(http)
                ? "redirect:/meddelelsesbog/klasse?school=" + student.schoolId() + "&class=" + student.classCode()
                        + "&sendt=" + what
                : "redirect:/foraeldre?sendt=" + what;
    }

    private String page(
            Model model,
            String what,
            Request request,
            RosterRepository.StudentRow student,
            Map<String, String> values,
            String problem,
            HttpServletRequest http) {
        boolean staff = staff(http);
        model.addAttribute("action", staff ? "/klasseteam/" + what : "/foraeldre/" + what);
        model.addAttribute(
                "back",
                staff
                        ? "/meddelelsesbog/klasse?school=" + student.schoolId() + "&class=" + student.classCode()
                        : "/foraeldre");
        model.addAttribute("backText", staff ? "Tilbage til klassen" : "Tilbage til Mit barn");
        model.addAttribute("what", what);
        model.addAttribute("request", request);
        // the fields' labels and choices as the process's start form has them
        model.addAttribute("form", startForms.of(request.process()));
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

    /** Only a student the roster lets this person speak about; any other answers 404, as if it did not exist. */
    private RosterRepository.StudentRow student(CurrentUser user, Request request, String child) {
        return starts.student(user.id(), request.process(), child)
                .filter(s -> user.tenants().contains(s.schoolId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static boolean staff(HttpServletRequest http) {
        return http.getRequestURI().startsWith(http.getContextPath() + "/klasseteam/");
    }

    /** The door at this path for whoever this page is for (the class team or a family); any other answers 404. */
    private Request request(String what, HttpServletRequest http) {
        StartDoor.Starter who = staff(http) ? StartDoor.Starter.STAFF : StartDoor.Starter.GUARDIAN;
        for (ProcessModule module : modules) {
            for (StartDoor door : module.startDoors()) {
                if (door.path().equals(what) && door.openTo(who)) {
                    return new Request(module.key(), door.title(), door.intro(), door.fields());
                }
            }
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
