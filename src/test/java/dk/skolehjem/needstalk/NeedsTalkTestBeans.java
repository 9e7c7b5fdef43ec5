package dk.skolehjem.needstalk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.skolehjem.engine.FormCheckMocks;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.roster.RosterRepository;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Test aid: the needs-based talk's own beans registered as mocks, for process tests in this and other packages. */
public final class NeedsTalkTestBeans {

    private NeedsTalkTestBeans() {
    }

    public static void register(RosterRepository roster, PolicyRegistry policies) {
        Mocks.register("prepareNeedsTalkDelegate", new PrepareNeedsTalkDelegate(roster, policies));
        FormCheckMocks.register(new NeedsTalkAnswerForm(), new NeedsTalkTeamForm(), new NeedsTalkProposeForm(),
                new NeedsTalkAcceptForm());
        Mocks.register("needsTalkDocuments", new NeedsTalkDocuments(new ObjectMapper().registerModule(new JavaTimeModule())));
    }
}
