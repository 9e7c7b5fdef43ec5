package dk.skolehjem.login;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The pages behind a login link: choose a password (then you are logged in and land in Tasklist, a guardian on
 * "Mit barn"), a clear Danish page when the link is used or expired, and a form to ask for a new one. Open to
 * everyone: the token is the key.
 */
@Controller
class LoginLinkController {

    private static final Map<LoginLinks.Refusal, String> WHY = Map.of(
            LoginLinks.Refusal.UNKNOWN, "Linket findes ikke. Måske er det ikke kopieret helt med fra e-mailen.",
            LoginLinks.Refusal.USED, "Linket er allerede brugt. Et link virker kun én gang.",
            LoginLinks.Refusal.EXPIRED, "Linket er udløbet.");

    private final LoginLinks links;
    private final ProcessEngine engine;

    LoginLinkController(LoginLinks links, ProcessEngine engine) {
        this.links = links;
        this.engine = engine;
    }

    @GetMapping("/login/link")
    String open(@RequestParam(name = "t", required = false) String token, Model model) {
        try {
            model.addAttribute("user", links.check(token));
            model.addAttribute("token", token);
            links.policyRules().ifPresent(rules -> model.addAttribute("rules", rules));
            return "login-link";
        } catch (LoginLinks.Refused e) {
            model.addAttribute("why", WHY.get(e.reason()));
            return "login-link-refused";
        }
    }

    @PostMapping("/login/link")
    String choose(
            @RequestParam(name = "t", required = false) String token,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String repeated,
            HttpServletRequest request,
            Model model) {
        sameSite(request);
        String userId;
        try {
            userId = links.check(token);
        } catch (LoginLinks.Refused e) {
            model.addAttribute("why", WHY.get(e.reason()));
            return "login-link-refused";
        }
        var problem =
                LoginLinks.passwordProblem(userId, password, repeated).or(() -> links.policyProblem(userId, password));
        if (problem.isPresent()) {
            model.addAttribute("user", userId);
            model.addAttribute("token", token);
            model.addAttribute("problem", problem.get());
            links.policyRules().ifPresent(rules -> model.addAttribute("rules", rules));
            return "login-link";
        }
        try {
            links.redeem(token, password);
        } catch (LoginLinks.Refused e) {
            model.addAttribute("why", WHY.get(e.reason()));
            return "login-link-refused";
        }
        // logged in at once, in a new session (no session fixation), as Tasklist's own login would do it
        AuthenticationUtil.revalidateSession(request, AuthenticationUtil.createAuthentication(engine, userId));
        return "redirect:" + landing(userId);
    }

    @GetMapping("/login/nyt-link")
    String askForm() {
        return "login-nyt-link";
    }

    @PostMapping("/login/nyt-link")
    String ask(@RequestParam(name = "login", required = false) String login, HttpServletRequest request, Model model) {
        sameSite(request);
        links.requestNew(login);
        model.addAttribute("sent", true);
        return "login-nyt-link";
    }

    /** A guardian lands on "Mit barn"; staff on Tasklist's start. */
    private String landing(String userId) {
        return Landing.of(engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList());
    }

    /** A form posted from another site is refused (the browser names the page it came from). */
    private static void sameSite(HttpServletRequest request) {
        String origin =
                request.getHeader("Origin") != null ? request.getHeader("Origin") : request.getHeader("Referer");
        if (origin != null) {
            try {
                var uri = java.net.URI.create(origin);
                if (!request.getServerName().equalsIgnoreCase(uri.getHost())) {
                    throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Formularen kom ikke fra Skole-hjem.");
                }
            } catch (IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Formularen kom ikke fra Skole-hjem.");
            }
        }
    }
}
