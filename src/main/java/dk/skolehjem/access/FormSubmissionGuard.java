package dk.skolehjem.access;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.skolehjem.engine.AsSystem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A task is completed with its form's fields and nothing else. Tasklist writes back every variable a submission
 * carries, and a crafted request could carry any: a guardian could change whom a later task goes to, or the agenda
 * in an invitation. So a completion may only name the form's own, editable fields: read-only fields are dropped
 * (Tasklist sends them back unchanged), anything else is refused with the field named. A body that is not a JSON
 * object, a task that does not exist or is already done are answered here, in Danish, before the engine is asked.
 */
final class FormSubmissionGuard extends OncePerRequestFilter {

    private static final Pattern COMPLETE = Pattern.compile(".*/task/([^/]+)/(submit-form|complete|resolve)/?$");
    private static final long MAX_BODY = 1024 * 1024;

    private final FormService forms;
    private final TaskService tasks;
    private final HistoryService history;
    private final IdentityService identity;
    private final ObjectMapper json = new ObjectMapper();

    FormSubmissionGuard(FormService forms, TaskService tasks, HistoryService history, IdentityService identity) {
        this.forms = forms;
        this.tasks = tasks;
        this.history = history;
        this.identity = identity;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !COMPLETE.matcher(request.getRequestURI()).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher m = COMPLETE.matcher(request.getRequestURI());
        if (!m.matches()) {
            chain.doFilter(request, response);
            return;
        }
        String taskId = m.group(1);
        if (request.getContentLengthLong() > MAX_BODY) {
            Problems.write(response, 413, "Svaret er for stort.");
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) MAX_BODY + 1);
        String type = request.getContentType();
        if (body.length > 0 && (type == null || !type.toLowerCase().startsWith("application/json"))) {
            Problems.write(response, 400, "Svaret skal sendes som JSON (Content-Type: application/json).");
            return;
        }
        JsonNode root;
        try {
            root = body.length == 0 ? json.createObjectNode() : json.readTree(body);
        } catch (JsonProcessingException e) {
            Problems.write(response, 400, "Svaret kunne ikke læses: det er ikke gyldig JSON.");
            return;
        }
        if (root == null || !root.isObject()) {
            Problems.write(response, 400, "Svaret skal være et JSON-objekt med feltet 'variables'.");
            return;
        }
        String state = state(taskId);
        if (state != null) {
            Problems.write(
                    response,
                    "done".equals(state) ? 409 : 404,
                    "done".equals(state)
                            ? "Opgaven er allerede løst; jeres svar er modtaget."
                            : "Opgaven findes ikke.");
            return;
        }
        JsonNode variables = root.path("variables");
        if (!variables.isMissingNode() && !variables.isNull() && !variables.isObject()) {
            Problems.write(response, 400, "Feltet 'variables' skal være et JSON-objekt.");
            return;
        }
        if (variables.isObject() && variables.size() > 0) {
            Fields fields = fieldsOf(taskId);
            for (Iterator<String> names = variables.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (fields.readonly().contains(name)) {
                    names.remove();
                } else if (!fields.editable().contains(name)) {
                    Problems.write(response, 400, "Feltet '" + name + "' hører ikke til opgavens skema.");
                    return;
                }
            }
        }
        ((ObjectNode) root).retain("variables", "withVariablesInReturn");
        var answer = new org.springframework.web.util.ContentCachingResponseWrapper(response);
        chain.doFilter(new CachedBody(request, json.writeValueAsBytes(root)), answer);
        int status = answer.getStatus();
        if ((status == 403 || status == 404 || status >= 500) && "done".equals(state(taskId))) {
            // two guardians of one family at once, or a double tap: the other one got there first
            answer.resetBuffer();
            Problems.write(response, 409, "Opgaven er allerede løst; jeres svar er modtaget.");
            return;
        }
        answer.copyBodyToResponse();
    }

    /** Null while the task is open; "done" once completed; "unknown" if it never was. Asked as the system. */
    private String state(String taskId) {
        return AsSystem.call(identity, () -> {
            if (tasks.createTaskQuery().taskId(taskId).count() == 1) {
                return null;
            }
            return history.createHistoricTaskInstanceQuery()
                                    .taskId(taskId)
                                    .finished()
                                    .count()
                            == 1
                    ? "done"
                    : "unknown";
        });
    }

    /** The keys of the task's Camunda Form: editable and read-only. No form: nothing may be submitted. */
    private record Fields(Set<String> editable, Set<String> readonly) {}

    private Fields fieldsOf(String taskId) {
        Set<String> editable = new HashSet<>();
        Set<String> readonly = new HashSet<>();
        AsSystem.call(identity, () -> {
            try (InputStream form = forms.getDeployedTaskForm(taskId)) {
                collect(json.readTree(form), editable, readonly);
            } catch (RuntimeException | IOException noForm) {
                // no Camunda Form: no fields are allowed
            }
            return null;
        });
        return new Fields(editable, readonly);
    }

    private static void collect(JsonNode node, Set<String> editable, Set<String> readonly) {
        if (node.has("key") && node.get("key").isTextual()) {
            (node.path("readonly").asBoolean(false) ? readonly : editable)
                    .add(node.get("key").asText());
        }
        node.path("components").forEach(c -> collect(c, editable, readonly));
    }
}
