package dk.skolehjem.access;

import dk.skolehjem.engine.FormInput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Nothing a user or client sends to the engine APIs ends in a 500. The engine reports a refused form, a task that
 * is gone or one completed a moment earlier by someone else as a generic server error; this filter turns those
 * into 400 (our own Danish refusal), 404 or 409, each with one Danish sentence, and a body of the wrong content
 * type into 400. The original is logged.
 */
final class EngineAnswerFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(EngineAnswerFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper wrapped = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, wrapped);
        } catch (RuntimeException | ServletException e) {
            LOG.warn("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            wrapped.setStatus(500);
        }
        if (wrapped.getStatus() == 415) {
            wrapped.resetBuffer();
            Problems.write(
                    response,
                    400,
                    "Indholdstypen " + request.getContentType() + " kan ikke bruges her; "
                            + "send JSON (Content-Type: application/json).");
            return;
        }
        if (wrapped.getStatus() < 500) {
            wrapped.copyBodyToResponse();
            return;
        }
        String engineSaid = new String(wrapped.getContentAsByteArray(), StandardCharsets.UTF_8);
        wrapped.resetBuffer();
        Object refusal = request.getAttribute(FormInput.REFUSAL_ATTRIBUTE);
        if (refusal != null) {
            Problems.write(response, 400, refusal.toString());
            return;
        }
        LOG.info(
                "{} {} answered {} by the engine: {}",
                request.getMethod(),
                request.getRequestURI(),
                wrapped.getStatus(),
                engineSaid.length() > 500 ? engineSaid.substring(0, 500) : engineSaid);
        if (engineSaid.contains("OptimisticLocking") || engineSaid.contains("was updated by another transaction")) {
            Problems.write(response, 409, "Det blev ændret af en anden samtidig. Hent siden igen og prøv på ny.");
        } else if (engineSaid.contains("Cannot find")
                || engineSaid.contains("No task")
                || engineSaid.contains("is null")
                || engineSaid.contains("does not exist")
                || engineSaid.contains("not found")) {
            Problems.write(response, 404, "Det findes ikke (længere). Måske er opgaven allerede løst.");
        } else {
            Problems.write(response, 400, "Anmodningen kunne ikke udføres. Kontrollér indholdet og prøv igen.");
        }
    }
}
