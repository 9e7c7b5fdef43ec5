package dk.skolehjem.conference;

import dk.skolehjem.policy.PolicyRegistry;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;

/** Test aid: {@link RoundPublishing} for tests in other packages (the browser tests). */
public final class RoundPublishingAccess {

    private RoundPublishingAccess() {}

    public static String publish(
            RuntimeService runtime,
            TaskService tasks,
            PolicyRegistry policies,
            String schoolId,
            String schoolName,
            String classCode,
            String policyId) {
        return RoundPublishing.publish(runtime, tasks, policies, schoolId, schoolName, classCode, policyId);
    }
}
