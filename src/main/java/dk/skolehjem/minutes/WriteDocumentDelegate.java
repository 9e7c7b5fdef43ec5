package dk.skolehjem.minutes;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.skolehjem.roster.ClassYearKey;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * A process step that writes a meeting document: reads the document (JSON) from a process variable, stores it
 * through {@link MinutesService}, and puts the PDF on the process as a file variable so Cockpit and Tasklist can
 * show it. Meant for an async step with retries: the document, the variable and the job commit together, so a
 * retry never makes a second document, and a step that keeps failing becomes an incident with a Danish message.
 *
 * <p>Set by input parameters of the service task (local variables; no field injection, which would not be
 * thread-safe on a shared bean): {@code documentKind} (a {@link DocumentKind} name), {@code documentSource}
 * (variable with the JSON, default {@code meetingDocument}), {@code documentTarget} (file variable, default
 * {@code minutesPdf}; the document id goes to {@code <target>Id}), {@code documentAuthor} (who wrote it, default
 * "Skole-hjem"), {@code documentForGuardians} (default true), {@code documentAsVariable} (default true: the PDF
 * also as a file variable on the process, for guardians' documents only).
 */
@Component("writeDocumentDelegate")
public class WriteDocumentDelegate implements JavaDelegate {

    static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final MinutesService minutes;

    public WriteDocumentDelegate(MinutesService minutes) {
        this.minutes = minutes;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String sourceVar = local(execution, "documentSource", "meetingDocument");
        String targetVar = local(execution, "documentTarget", "minutesPdf");
        String s = DocumentVariable.read(execution.getVariable(sourceVar));
        if (s == null || s.isBlank()) {
            throw new ProcessEngineException("Dokumentet kan ikke skrives: variablen '" + sourceVar + "' mangler.");
        }
        MeetingDocument document;
        try {
            document = JSON.readValue(s, MeetingDocument.class);
        } catch (Exception e) {
            throw new ProcessEngineException(
                    "Dokumentet kan ikke skrives: variablen '" + sourceVar + "' er ikke et gyldigt dokument ("
                            + e.getMessage() + ")",
                    e);
        }
        String kind = local(execution, "documentKind", null);
        if (kind != null) {
            document = document.withKind(DocumentKind.valueOf(kind));
        }
        // School, class, student and year come from the business key: variables can be changed by whoever
        // completes a task, the key cannot.
        ClassYearKey key = ClassYearKey.parse(execution.getProcessBusinessKey());
        if (execution.getTenantId() != null && !execution.getTenantId().equals(key.schoolId())) {
            throw new ProcessEngineException("Dokumentet kan ikke skrives: processens skole passer ikke med nøglen.");
        }
        boolean forGuardians = !"false".equals(local(execution, "documentForGuardians", "true"));
        var context = new DocumentContext(
                key.schoolId(),
                key.year().toString(),
                key.classCode(),
                key.studentId(),
                execution.getProcessInstanceId(),
                execution.getProcessBusinessKey(),
                local(execution, "documentAuthor", "Skole-hjem"),
                forGuardians);
        MinutesService.Created created;
        try {
            created = minutes.create(document, context);
        } catch (RuntimeException e) {
            throw new ProcessEngineException(
                    "Dokumentet '" + document.title() + "' kunne ikke gemmes: " + e.getMessage(), e);
        }
        if (forGuardians && !"false".equals(local(execution, "documentAsVariable", "true"))) {
            // Internal documents stay off the process: everyone with a task in it could read its variables. A
            // process whose every read must be logged (a concern) keeps them off too: they are read by download only.
            execution.setVariable(
                    targetVar,
                    Variables.fileValue(created.document().fileName())
                            .file(created.content())
                            .mimeType("application/pdf")
                            .create());
        }
        execution.setVariable(targetVar + "Id", created.document().id());
    }

    private static String local(DelegateExecution execution, String name, String fallback) {
        Object value = execution.getVariableLocal(name);
        return value == null || value.toString().isBlank() ? fallback : value.toString();
    }
}
