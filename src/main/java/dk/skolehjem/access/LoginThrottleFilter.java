package dk.skolehjem.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' login form (Camunda's own login resource) behind {@link LoginThrottle}: a source that has guessed
 * wrong too often for an account waits, everyone else logs in as usual.
 */
final class LoginThrottleFilter extends OncePerRequestFilter {

    static final String LOGIN = "/camunda/api/admin/auth/user/default/login/";

    private final LoginThrottle throttle;

    LoginThrottleFilter(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith(LOGIN);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String source = request.getRemoteAddr();
        String user = request.getParameter("username");
        var wait = throttle.waitFor(source, user);
        if (wait.isPresent()) {
            Problems.write(response, 429, LoginThrottle.message(wait.get()));
            return;
        }
        chain.doFilter(request, response);
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            throttle.failed(source, user);
        } else if (response.getStatus() < 300) {
            throttle.succeeded(source, user);
        }
    }
}
