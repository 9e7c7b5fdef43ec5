package dk.skolehjem.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Skole-hjem's own front door: one Danish login page for everyone, which sends a guardian to "Mit barn" and staff to
 * Tasklist, so that a parent never meets Camunda's login or its "Welcome". The session it makes is the same one the
 * webapps use (one login for the whole product), behind the same throttle as every other password check.
 */
@Controller
class LoginController {

    private final AuthenticationManager passwords;
    private final ProcessEngine engine;
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    LoginController(AuthenticationManager passwords, ProcessEngine engine) {
        this.passwords = passwords;
        this.engine = engine;
    }

    /** The front page: who is logged in goes where they work, anyone else to the login form. */
    @GetMapping("/")
    String front(HttpServletRequest request) {
        String user = loggedIn(request);
        return "redirect:" + (user == null ? "/login" : landing(user));
    }

    @GetMapping("/login")
    String form(HttpServletRequest request) {
        String user = loggedIn(request);
        return user == null ? "login" : "redirect:" + landing(user);
    }

    @PostMapping("/login")
    String login(
            @RequestParam(required = false) String username,
            @RequestParam(required = false) String password,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        String user = username == null ? "" : username.strip();
        try {
            var given = UsernamePasswordAuthenticationToken.unauthenticated(user, password == null ? "" : password);
            given.setDetails(details.buildDetails(request));
            passwords.authenticate(given);
        } catch (AuthenticationException e) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            model.addAttribute("username", user);
            model.addAttribute("problem", e.getMessage());
            return "login";
        }
        // a new session (no session fixation), holding the login as the webapps' own login would
        AuthenticationUtil.revalidateSession(request, AuthenticationUtil.createAuthentication(engine, user));
        return "redirect:" + landing(user);
    }

    @PostMapping("/logout")
    String logout(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "redirect:/login?ud";
    }

    private String landing(String userId) {
        return Landing.of(engine.getIdentityService().createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList());
    }

    private static String loggedIn(HttpServletRequest request) {
        var principal = request.getUserPrincipal();
        return principal == null ? null : principal.getName();
    }
}
