package dk.skolehjem.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A path with dot segments ({@code /camunda/./api/...}) is refused with the firewall's Danish 400 before anything
 * else runs: the container has already normalised it, so the servlet path and the raw address disagree, and Spring's
 * path parsing (which runs ahead of the security chain's firewall) would otherwise answer with a 500.
 */
final class DotSegmentFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String uri = request.getRequestURI();
        if (uri.contains("/./")
                || uri.contains("/../")
                || uri.endsWith("/.")
                || uri.endsWith("/..")
                || uri.contains("//")) {
            Problems.write(
                    response,
                    HttpServletResponse.SC_BAD_REQUEST,
                    "Adressen eller anmodningen er ugyldig og er afvist.");
            return;
        }
        chain.doFilter(request, response);
    }
}
