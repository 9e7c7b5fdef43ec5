package dk.skolehjem.weeklyplan;

import dk.skolehjem.engine.FormCheckMocks;
import dk.skolehjem.policy.PolicyRegistry;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Test aid: the weekly plan's own beans registered as mocks, for process tests in this and other packages. */
public final class WeeklyPlanTestBeans {

    private WeeklyPlanTestBeans() {
    }

    public static void register(PolicyRegistry policies) {
        Mocks.register("nextWeekDelegate", new NextWeekDelegate(policies, new WeeklyPlanSchedule()));
        FormCheckMocks.register(new WeeklyPlanForm());
    }
}
