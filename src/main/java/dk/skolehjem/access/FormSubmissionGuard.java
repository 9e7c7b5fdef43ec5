package dk.skolehjem.access;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skolehjem.engine.AsSystem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A task is completed with its form's fields and nothing else. Tasklist writes back every variable a submission
 * carries, and a crafted request could carry any: a guardian could change whom a later task goes to, or the agenda
 * in an invitation. So a completion may only name the form's own, editable fields: read-only fields are dropped
 * (Tasklist sends them back unchanged), anything else is refused with the field named. Setting a task's variables
 * directly is refused too.
 */
class FormSubmissionGuard extends OncePerRequestFilter {

    private static final Pattern COMPLETE = Pattern.compile(".*/task/([^/]+)/(submit-form|complete|resolve)$");
    private static final Pattern VARIABLES = Pattern.compile(".*/task/[^/]+/(variables|localVariables)(/.*)?$");

    private final FormService forms;
    private final IdentityService identity;
    private final ObjectMapper json = new ObjectMapper();

    FormSubmissionGuard(FormService forms, IdentityService identity) {
        this.forms = forms;
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        if (VARIABLES.matcher(path).matches()) {
            refuse(response, "En opgaves oplysninger ændres gennem dens skema.");
            return;
        }
        Matcher m = COMPLETE.matcher(path);
        if (!m.matches()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        JsonNode root = body.length == 0 ? json.createObjectNode() : json.readTree(body);
        JsonNode variables = root.path("variables");
        if (variables.isObject() && variables.size() > 0) {
            Fields fields = fieldsOf(m.group(1));
            for (Iterator<String> names = variables.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (fields.readonly().contains(name)) {
                    names.remove();
                } else if (!fields.editable().contains(name)) {
                    refuse(response, "Feltet '" + name + "' hører ikke til opgavens skema.");
                    return;
                }
            }
            body = json.writeValueAsBytes(root);
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    /** The keys of the task's Camunda Form: editable and read-only. No form: nothing may be submitted. */
    private record Fields(Set<String> editable, Set<String> readonly) {
    }

    private Fields fieldsOf(String taskId) {
        Set<String> editable = new HashSet<>();
        Set<String> readonly = new HashSet<>();
        AsSystem.call(identity, () -> {
            try (InputStream form = forms.getDeployedTaskForm(taskId)) {
                collect(json.readTree(form), editable, readonly);
            } catch (RuntimeException | IOException noForm) {
                // unknown task or no Camunda Form: the engine answers for the task itself; no fields are allowed
            }
            return null;
        });
        return new Fields(editable, readonly);
    }

    private static void collect(JsonNode node, Set<String> editable, Set<String> readonly) {
        if (node.has("key") && node.get("key").isTextual()) {
            (node.path("readonly").asBoolean(false) ? readonly : editable).add(node.get("key").asText());
        }
        node.path("components").forEach(c -> collect(c, editable, readonly));
    }

    private static void refuse(HttpServletResponse response, String detail) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(new ObjectMapper().writeValueAsString(new ObjectMapper().createObjectNode()
                .put("type", "InvalidRequestException").put("message", detail)));
    }

    /** The request with its (possibly cleaned) body readable again. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
