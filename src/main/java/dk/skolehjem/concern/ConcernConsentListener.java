package dk.skolehjem.concern;

import dk.skolehjem.engine.FormInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * One guardian's answer to "Må skolen inddrage PPR?": yes or no, their own view and the child's (L4), recorded with
 * the date on the case. The answer stays on this guardian's task only, so the other guardian does not see it.
 */
@Component("concernConsentListener")
class ConcernConsentListener implements TaskListener {

    private final ConcernCases cases;

    ConcernConsentListener(ConcernCases cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            // the answer fields live on this guardian's own branch, so they never reach the other guardian's form
            for (String key : new String[] {"consent", "guardianView", "studentView"}) {
                task.getExecution().setVariableLocal(key, null);
            }
            return;
        }
        Object answer = task.getVariable("consent");
        if (!"ja".equals(answer) && !"nej".equals(answer)) {
            throw FormInput.refused("Vælg ja eller nej i feltet 'Må skolen inddrage PPR?'.");
        }
        FormInput in = FormInput.of(task);
        String guardianView = in.optionalText("guardianView", "Jeres syn på sagen", FormInput.MAX_TEXT);
        String studentView = in.optionalText("studentView", "Hvad siger jeres barn?", FormInput.MAX_TEXT);
        cases.recordConsent((String) task.getVariable("caseId"), task.getAssignee(), "ja".equals(answer), guardianView,
                studentView);
    }
}
