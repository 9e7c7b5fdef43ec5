package dk.skolehjem.concern;

import dk.skolehjem.engine.ActingUser;
import dk.skolehjem.engine.EngineDates;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Start en bekymring": another process (the conference) hands a worry on as a message; the concern starts for the
 * same student (its business key) with the note as its description, and leadership reviews the level as always.
 */
@Component("startConcernDelegate")
class StartConcernDelegate implements JavaDelegate {

    static final String MESSAGE = "concern-from-conference";

    @Override
    public void execute(DelegateExecution execution) {
        Object note = execution.getVariable("concernNote");
        String user = ActingUser.id().orElse(null);
        Map<String, Object> registration = new HashMap<>();
        registration.put("schoolId", execution.getVariable("schoolId"));
        registration.put("category", ConcernCategory.ANDET.value());
        registration.put("urgency", ConcernUrgency.MIDDEL.value());
        registration.put("description", "Fra skole-hjem-samtalen: " + (note == null ? "(ingen note)" : note));
        registration.put("concernSince", EngineDates.today().toString());
        registration.put("earlierAttempts", 0);
        registration.put("childAtRisk", false);
        registration.put("requestedBy", user != null ? user : "klasseteamet");
        execution
                .getProcessEngineServices()
                .getRuntimeService()
                .createMessageCorrelation(MESSAGE)
                .processInstanceBusinessKey(execution.getProcessBusinessKey())
                .setVariables(registration)
                .correlateStartMessage();
    }
}
