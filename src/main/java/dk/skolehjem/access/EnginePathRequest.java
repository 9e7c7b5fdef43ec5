package dk.skolehjem.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request as seen from below an engine API's prefix ({@code /task/...}), so one list of engine operations
 * serves both {@code /engine-rest} and the webapps' {@code /camunda/api/engine/engine/default}.
 */
final class EnginePathRequest extends HttpServletRequestWrapper {

    private final String below;

    EnginePathRequest(HttpServletRequest request, String prefix) {
        super(request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        this.below = path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }

    @Override
    public String getServletPath() {
        return "";
    }

    @Override
    public String getPathInfo() {
        return below.isEmpty() ? "/" : below;
    }
}
