package dk.skolehjem.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skolehjem.engine.FormInput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A form refused by our own validation reaches Tasklist and REST callers as "400 + the Danish message", not as the
 * engine's "500 ENGINE-03051 There was an exception while invoking the TaskListener ...". Only refusals that
 * {@link FormInput#refused} recorded are rewritten; every other error keeps its status.
 */
class RefusalAnswerFilter extends OncePerRequestFilter {

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapped);
        Object refusal = request.getAttribute(FormInput.REFUSAL_ATTRIBUTE);
        if (refusal != null && wrapped.getStatus() >= 500) {
            wrapped.resetBuffer();
            byte[] body = json.writeValueAsBytes(Map.of("type", "InvalidRequestException", "message", refusal, "code", 0));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType("application/json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
            return;
        }
        wrapped.copyBodyToResponse();
    }
}
