package dk.skolehjem.concern;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * After the triage table: its suggestion as two plain variables (level, "consider underretning") and a recorded
 * level change; the decision's map itself is not kept on the process.
 */
@Component("concernTriageResult")
class ConcernTriageResult implements ExecutionListener {

    private final ConcernCases cases;

    ConcernTriageResult(ConcernCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (!(execution.getVariable("triage") instanceof Map<?, ?> result)
                || !(result.get("level") instanceof Number level)) {
            throw new IllegalStateException("Visitationen gav intet niveau");
        }
        execution.removeVariable("triage");
        boolean underretning = Boolean.TRUE.equals(result.get("considerUnderretning"));
        execution.setVariable("suggestedLevel", level.intValue());
        execution.setVariable("level", level.intValue());
        // leadership's review form starts from the suggestion
        execution.setVariable("chosenLevel", String.valueOf(level.intValue()));
        execution.setVariable("considerUnderretning", underretning);
        cases.changeLevel(
                execution.getProcessInstanceId(),
                null,
                level.intValue(),
                "Visitationens forslag" + (underretning ? "; overvej underretning" : ""),
                "Skole-hjem");
    }
}
