package dk.skolehjem.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * How a refusal reads: an API answers 401 or 403 with one Danish sentence and nothing else (no login dialog, no
 * hint of what exists); a page sends the visitor to the login form. A logged-in person refused a product page or
 * product API gets 404, as for a child that is not theirs: whether something exists is itself not for them.
 */
final class Refusals {

    /** APIs: 401 before login, 403 after; never a WWW-Authenticate header (no browser dialog to cache passwords). */
    static final Api API = new Api();

    static final AuthenticationEntryPoint LOGIN =
            (request, response, e) -> response.sendRedirect(request.getContextPath() + SecurityRules.LOGIN_PAGE);

    static final AccessDeniedHandler PAGE = (request, response, e) -> {
        if (e instanceof CsrfException) {
            page(
                    response,
                    HttpServletResponse.SC_FORBIDDEN,
                    "Formularen kunne ikke sendes",
                    "Formularen er udløbet eller kom ikke fra Skole-hjem. Gå tilbage, hent siden igen og prøv på ny.");
            return;
        }
        page(
                response,
                HttpServletResponse.SC_NOT_FOUND,
                "Siden findes ikke",
                "Siden findes ikke for dig. Er du logget ind som den rigtige person?");
    };

    static void page(HttpServletResponse response, int status, String title, String text) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        byte[] body = ("<!DOCTYPE html><html lang=\"da\"><head><meta charset=\"utf-8\"><title>" + title + "</title>"
                        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                        + "<link rel=\"stylesheet\" href=\"/css/skolehjem.css\"></head><body><main id=\"indhold\">"
                        + "<h1>" + title + "</h1><p>" + text + "</p>"
                        + "<p><a href=\"/\">Til forsiden</a></p></main></body></html>")
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private Refusals() {}

    static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/")
                || path.startsWith("/camunda/api/")
                || path.startsWith("/engine-rest/")
                || hasBasicHeader(request);
    }

    static boolean hasBasicHeader(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** The API's answers. */
    static final class Api implements AuthenticationEntryPoint, AccessDeniedHandler {
        @Override
        public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
                throws IOException {
            boolean throttled = e instanceof org.springframework.security.authentication.LockedException;
            Problems.write(response, throttled ? 429 : 401, throttled ? e.getMessage() : "Log ind for at fortsætte.");
        }

        @Override
        public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
                throws IOException {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            var who = org.springframework.security.core.context.SecurityContextHolder.getContext()
                    .getAuthentication();
            if (who == null
                    || !who.isAuthenticated()
                    || who instanceof org.springframework.security.authentication.AnonymousAuthenticationToken) {
                // before login nothing is said but that: not even that the token was missing
                Problems.write(response, 401, "Log ind for at fortsætte.");
            } else if (e instanceof CsrfException) {
                Problems.write(response, 403, "Anmodningen kom ikke fra Skole-hjem selv (CSRF-nøglen mangler).");
            } else if (path.startsWith("/camunda/") || path.startsWith("/engine-rest/")) {
                Problems.write(response, 403, "Det har du ikke adgang til.");
            } else {
                Problems.write(response, 404, "Findes ikke.");
            }
        }
    }
}
