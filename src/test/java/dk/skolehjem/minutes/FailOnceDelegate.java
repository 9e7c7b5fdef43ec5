package dk.skolehjem.minutes;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Test aid: fails the first time it runs for a process instance, after the document step in the same job. */
@Component("failOnceDelegate")
class FailOnceDelegate implements JavaDelegate {

    private final Set<String> failed = ConcurrentHashMap.newKeySet();

    @Override
    public void execute(DelegateExecution execution) {
        if (failed.add(execution.getProcessInstanceId())) {
            throw new IllegalStateException("Testfejl efter at referatet er skrevet");
        }
    }
}
