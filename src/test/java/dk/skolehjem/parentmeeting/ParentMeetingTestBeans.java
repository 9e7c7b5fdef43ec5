package dk.skolehjem.parentmeeting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.skolehjem.engine.FormCheckMocks;
import dk.skolehjem.policy.PolicyRegistry;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Test aid: the parent meeting's own beans registered as mocks, for process tests in this and other packages. */
public final class ParentMeetingTestBeans {

    private ParentMeetingTestBeans() {
    }

    public static void register(PolicyRegistry policies, IdentityService identity) {
        var planner = new ParentMeetingPlanner();
        Mocks.register("prepareParentMeetingDelegate", new PrepareParentMeetingDelegate(policies, planner));
        Mocks.register("planParentMeetingListener", new PlanParentMeetingListener(planner));
        FormCheckMocks.register(new ParentMeetingPlanForm(planner), new ParentMeetingApprovalForm());
        Mocks.register("parentMeetingDocuments", new ParentMeetingDocuments(identity,
                new ObjectMapper().registerModule(new JavaTimeModule())));
    }
}
