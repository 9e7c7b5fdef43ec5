package dk.skolehjem.access;

import dk.skolehjem.engine.AsSystem;
import dk.skolehjem.roster.ClassYearKey;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every read of a child's data through the engine's APIs (a task's form and variables in Tasklist, an instance's
 * variables in Cockpit, variable and history queries) is written to the audit log, with the child, class and school
 * the process is about, so leadership can see who read what ({@code /ledelse/adgangslog}).
 */
final class EngineReadAudit extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(EngineReadAudit.class);
    private static final Pattern TASK =
            Pattern.compile(".*/task/([^/]+)/(form-variables|variables|localVariables|rendered-form)(/.*)?");
    private static final Pattern INSTANCE = Pattern.compile(".*/process-instance/([^/]+)/variables(/.*)?");
    private static final Pattern QUERY = Pattern.compile(
            ".*/(variable-instance|history/variable-instance|history/detail|execution/[^/]+/localVariables)(/.*)?");

    private final JdbcTemplate jdbc;
    private final HistoryService history;
    private final IdentityService identity;
    private final Clock clock;

    EngineReadAudit(JdbcTemplate jdbc, HistoryService history, IdentityService identity, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.endsWith("/count")
                || !(TASK.matcher(path).matches()
                        || INSTANCE.matcher(path).matches()
                        || QUERY.matcher(path).matches());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        var principal = request.getUserPrincipal();
        if (principal == null || response.getStatus() != HttpServletResponse.SC_OK) {
            return;
        }
        try {
            log(principal.getName(), request);
        } catch (RuntimeException e) {
            LOG.warn("Could not write the audit log for {} {}", principal.getName(), request.getRequestURI(), e);
        }
    }

    private void log(String user, HttpServletRequest request) {
        String path = request.getRequestURI();
        Matcher task = TASK.matcher(path);
        Matcher instance = INSTANCE.matcher(path);
        String processInstanceId;
        String reference;
        String what;
        if (task.matches()) {
            reference = task.group(1);
            what = "Opgavens skema";
            processInstanceId = AsSystem.call(identity, () -> {
                var t = history.createHistoricTaskInstanceQuery()
                        .taskId(task.group(1))
                        .singleResult();
                return t == null ? null : t.getProcessInstanceId();
            });
        } else if (instance.matches()) {
            processInstanceId = instance.group(1);
            reference = processInstanceId;
            what = "Procesvariabler";
        } else {
            processInstanceId = request.getParameter("processInstanceId");
            reference = processInstanceId != null ? processInstanceId : "søgning";
            what = "Variabelsøgning";
        }
        var about = processInstanceId == null
                ? null
                : AsSystem.call(
                        identity,
                        () -> history.createHistoricProcessInstanceQuery()
                                .processInstanceId(processInstanceId)
                                .singleResult());
        if (about != null && about.getBusinessKey() != null && about.getTenantId() != null) {
            ClassYearKey key = parse(about.getBusinessKey());
            insert(
                    about.getTenantId(),
                    key == null ? null : key.classCode(),
                    key == null ? null : key.studentId(),
                    user,
                    what,
                    reference);
            return;
        }
        // a search over several instances: logged for every school the reader belongs to
        List<String> schools = AsSystem.call(
                identity,
                () -> identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
                        .map(Tenant::getId)
                        .toList());
        schools.forEach(school -> insert(school, null, null, user, what, reference));
    }

    private void insert(String school, String classCode, String student, String user, String what, String reference) {
        jdbc.update(
                "insert into app.engine_read (school_id, class_code, student_id, user_id, what, reference, read_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)",
                school,
                classCode,
                student,
                user,
                what,
                reference.length() > 64 ? reference.substring(0, 64) : reference,
                Timestamp.from(clock.instant()));
    }

    private static ClassYearKey parse(String businessKey) {
        try {
            return ClassYearKey.parse(businessKey);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
