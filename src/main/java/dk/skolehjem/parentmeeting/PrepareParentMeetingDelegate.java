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

    private static java.time.LocalDate max(java.time.LocalDate a, java.time.LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SchoolPolicy policy = policies.get((String) execution.getVariable("policyId"));
        SchoolYear year = SchoolYear.parse((String) execution.getVariable("schoolYear"));
        int meetingNumber = ParentMeetings.number(execution.getVariable("meetingNumber"));
        ParentMeetingPlanner.Deadlines d = planner.deadlines(policy, year, EngineDates.today(), meetingNumber);
        execution.setVariable("meetingNumber", meetingNumber);
        execution.setVariable(
                "meetingPrinciple",
                dk.skolehjem.policy.PolicyDescription.summary(policy, dk.skolehjem.policy.PolicyDescription.MEETINGS));
        // the plan form asks why a meeting is later only where the board's own words set the date
        execution.setVariable(
                "heldByPromise",
                ParentMeetingPlanner.heldByPromise(policy, meetingNumber)
                        .map(p -> "Princippet siger: \"" + p.quote() + "\" Mødet skal derfor holdes senest "
                                + dk.skolehjem.calendar.DanishDates.day(ParentMeetingPlanner.heldBy(policy, year, 1))
                                + ", eller også skal I skrive hvorfor.")
                        .orElse(""));
        execution.setVariable("councilDue", EngineDates.endOfDay(d.councilDue()));
        execution.setVariable("planDue", EngineDates.endOfDay(d.planDue()));
        // reminders: Tasklist's follow-up date, the policy's period before each deadline, never before today
        execution.setVariable(
                "councilFollowUp",
                EngineDates.endOfDay(max(
                        EngineDates.today(),
                        d.councilDue().minus(policy.reminders().before()))));
        execution.setVariable(
                "planFollowUp",
                EngineDates.endOfDay(max(
                        EngineDates.today(),
                        d.planDue().minus(policy.reminders().before()))));
        execution.setVariable("askCouncil", policy.parentMeeting().councilAgendaRequest());
        execution.setVariable("councilApproves", policy.parentMeeting().agreeDateWithContactParents());
        execution.setVariable(
                "communicationAgreements",
                String.join("\n", policy.parentMeeting().communicationAgreements()));
    }
}
