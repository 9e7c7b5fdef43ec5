package dk.skolehjem.parentmeeting;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.policy.SchoolPolicy;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Beregn frister": the council's and the team's deadlines and which steps the school's principle asks for. */
@Component("prepareParentMeetingDelegate")
class PrepareParentMeetingDelegate implements JavaDelegate {

    private final PolicyRegistry policies;
    private final ParentMeetingPlanner planner;

    PrepareParentMeetingDelegate(PolicyRegistry policies, ParentMeetingPlanner planner) {
        this.policies = policies;
        this.planner = planner;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SchoolPolicy policy = policies.get((String) execution.getVariable("policyId"));
        SchoolYear year = SchoolYear.parse((String) execution.getVariable("schoolYear"));
        ParentMeetingPlanner.Deadlines d = planner.deadlines(policy, year, EngineDates.today());
        execution.setVariable("councilDue", EngineDates.endOfDay(d.councilDue()));
        execution.setVariable("planDue", EngineDates.endOfDay(d.planDue()));
        execution.setVariable("askCouncil", policy.parentMeeting().councilAgendaRequest());
        execution.setVariable("councilApproves", policy.parentMeeting().agreeDateWithContactParents());
    }
}
