package dk.skolehjem.access;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One shape for every refusal written outside Spring MVC (security filters, the engine's API): an RFC 9457 problem
 * with a Danish text, plus the engine REST's own {@code type}/{@code message} so the webapps show it too.
 */
public final class Problems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {}

    public static void write(HttpServletResponse response, int status, String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("title", title(status));
        body.put("detail", detail);
        body.put("type", status == 400 ? "InvalidRequestException" : "about:blank");
        body.put("message", detail);
        byte[] bytes = JSON.writeValueAsBytes(body);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Ugyldig anmodning";
            case 401 -> "Ikke logget ind";
            case 403 -> "Ingen adgang";
            case 404 -> "Findes ikke";
            case 409 -> "Allerede ændret";
            case 413 -> "For stor";
            case 429 -> "For mange forsøg";
            default -> "Fejl";
        };
    }
}
