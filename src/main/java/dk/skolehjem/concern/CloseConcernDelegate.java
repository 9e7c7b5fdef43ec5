package dk.skolehjem.concern;

import dk.skolehjem.engine.EngineDates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Luk sagen": the outcome and the date until which the case is kept (the principle's retention, L10). */
@Component("closeConcernDelegate")
class CloseConcernDelegate implements JavaDelegate {

    private final ConcernCases cases;
    private final ConcernDeadlines deadlines;

    CloseConcernDelegate(ConcernCases cases, ConcernDeadlines deadlines) {
        this.cases = cases;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object note = execution.getVariable("closingNote");
        cases.close(
                execution.getProcessInstanceId(),
                note == null ? "Lukket" : note.toString(),
                EngineDates.today().plus(deadlines.policy(execution).concern().retention()));
    }
}
