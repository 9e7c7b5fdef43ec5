package dk.skolehjem.concern;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.skolehjem.engine.FormCheckMocks;
import dk.skolehjem.family.FamilyTestBeans;
import dk.skolehjem.minutes.CaseInvitations;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.roster.RosterRepository;
import dk.skolehjem.schoolyear.SchoolYearKeys;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Test aid: the concern's own beans, on the engine tests' roster tables, registered as mocks. */
final class ConcernTestBeans {

    private ConcernTestBeans() {
    }

    static ConcernCases register(NamedParameterJdbcTemplate jdbc, PolicyRegistry policies) {
        var roster = new RosterRepository(jdbc);
        var cases = new ConcernCases(jdbc);
        var deadlines = new ConcernDeadlines(policies);
        FamilyTestBeans.registerChildFinder(roster);
        Mocks.register("schoolYearKeys", new SchoolYearKeys());
        Mocks.register("concernTeam", new ConcernTeam(roster));
        Mocks.register("registerConcernDelegate", new RegisterConcernDelegate(roster, cases));
        Mocks.register("concernTriageResult", new ConcernTriageResult(cases));
        FormCheckMocks.register(new ConcernStartForm(), new ConcernReviewForm(cases), new ConcernDialogueForm(),
                new ConcernFollowUpForm(cases), new ConcernMeetingPlanForm(), new ConcernRecordMeetingForm(),
                new ConcernNoConsentForm(cases), new ConcernActionPlanForm(), new ConcernEvaluationForm(),
                new ConcernUnderretningForm(cases), new ConcernConsentForm(cases, roster));
        Mocks.register("concernDeadlines", deadlines);
        Mocks.register("concernDocuments", new ConcernDocuments(new ObjectMapper().registerModule(new JavaTimeModule()), cases));
        Mocks.register("invitePprDelegate", new InvitePprDelegate(roster, new CaseInvitations(jdbc)));
        Mocks.register("concernConsent", new ConcernConsent(roster, cases));
        Mocks.register("concernConsentListener", new ConcernConsentListener());
        Mocks.register("closeConcernDelegate", new CloseConcernDelegate(cases, deadlines));
        Mocks.register("startConcernDelegate", new StartConcernDelegate());
        return cases;
    }
}
