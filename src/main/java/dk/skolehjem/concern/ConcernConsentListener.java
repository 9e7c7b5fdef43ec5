package dk.skolehjem.concern;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A guardian is asked "Må skolen inddrage PPR?": the answer fields start empty on this guardian's own branch, so one
 * guardian's answer never reaches the other guardian's form (L4). The answer itself is {@link ConcernConsentForm}'s.
 */
@Component("concernConsentListener")
class ConcernConsentListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        // the answer fields live on this guardian's own branch, so they never reach the other guardian's form
        for (String key : new String[] {"consent", "guardianView", "studentView"}) {
            task.getExecution().setVariableLocal(key, null);
        }
    }
}
