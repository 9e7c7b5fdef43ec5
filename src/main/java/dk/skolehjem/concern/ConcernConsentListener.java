package dk.skolehjem.concern;

import dk.skolehjem.engine.FormInput;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.RosterRepository;
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
    private final RosterRepository roster;

    ConcernConsentListener(ConcernCases cases, RosterRepository roster) {
        this.cases = cases;
        this.roster = roster;
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
        ClassYearKey key = ClassYearKey.parse(task.getExecution().getProcessBusinessKey());
        if (!roster.hasCustody(key.schoolId(), key.studentId(), task.getAssignee())) {
            // the guardian's rights were suspended (L7) while asked: the question is withdrawn, nothing is recorded
            return;
        }
        FormInput in = FormInput.of(task);
        boolean given = in.requiredJaNej("consent", "Må skolen inddrage PPR?");
        String guardianView = in.optionalText("guardianView", "Jeres syn på sagen", FormInput.MAX_TEXT);
        String studentView = in.optionalText("studentView", "Hvad siger jeres barn?", FormInput.MAX_TEXT);
        cases.recordConsent((String) task.getVariable("caseId"), task.getAssignee(), given, guardianView,
                studentView);
    }
}
