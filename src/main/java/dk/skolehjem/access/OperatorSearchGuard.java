package dk.skolehjem.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The operator may see instances but not read their variables; searching instances by a variable's value would
 * read it one guess at a time ("is the description like '%skilsmisse%'?"). So an operator's search that filters by
 * variables, in a query string or a JSON body, in the engine REST or Cockpit's own API, is refused.
 */
final class OperatorSearchGuard extends OncePerRequestFilter {

    private static final Set<String> VARIABLE_FILTERS = Set.of(
            "variables",
            "processVariables",
            "taskVariables",
            "caseInstanceVariables",
            "caseExecutionVariables",
            "variableValues",
            "variableNamesIgnoreCase",
            "variableValuesIgnoreCase",
            "orQueries");
    private static final long MAX_BODY = 1024 * 1024;

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var who = SecurityContextHolder.getContext().getAuthentication();
        return who == null
                || who.getAuthorities().stream()
                        .noneMatch(a -> Role.OPERATOR.authority().equals(a.getAuthority()))
                || who.getAuthorities().stream()
                        .anyMatch(a -> Role.LEADER.authority().equals(a.getAuthority()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getParameterMap().keySet().stream().anyMatch(VARIABLE_FILTERS::contains)) {
            refuse(response);
            return;
        }
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod())
                || type == null
                || !type.toLowerCase().startsWith("application/json")) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) MAX_BODY);
        JsonNode root = parse(body);
        if (root != null && root.isObject() && VARIABLE_FILTERS.stream().anyMatch(f -> hasValue(root.get(f)))) {
            refuse(response);
            return;
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    private JsonNode parse(byte[] body) {
        try {
            return body.length == 0 ? null : json.readTree(body);
        } catch (IOException notJson) {
            return null; // the resource answers a malformed body itself
        }
    }

    private static boolean hasValue(JsonNode node) {
        return node != null && !node.isNull() && !(node.isContainerNode() && node.isEmpty());
    }

    private static void refuse(HttpServletResponse response) throws IOException {
        Problems.write(response, 403, "Driften kan ikke søge i sagernes oplysninger (variabler).");
    }
}
