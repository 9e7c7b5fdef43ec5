package dk.skolehjem.parentmeeting;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.policy.PolicyRegistry;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * When a parent meeting's planning begins: the year's first at once, a later one ("i passende omfang": the school's
 * second or third) some weeks before its own date, so the council is asked for wishes when they are still news.
 */
@Component("parentMeetingPlanning")
public class ParentMeetingPlanning {

    /** Weeks before a later meeting's date that its planning (and the council's wishes) begins. */
    static final int WEEKS_AHEAD = 6;

    private final PolicyRegistry policies;

    ParentMeetingPlanning(PolicyRegistry policies) {
        this.policies = policies;
    }

    /** Whether this is a later meeting of the year (its planning waits). */
    public boolean later(DelegateExecution execution) {
        return ParentMeetings.number(execution.getVariable("meetingNumber")) > 1;
    }

    /** When a later meeting's planning begins: some weeks before its date, never in the past. */
    public Date begins(DelegateExecution execution) {
        var policy = policies.orDefault(execution.getVariable("policyId"));
        SchoolYear year = SchoolYear.parse((String) execution.getVariable("schoolYear"));
        int number = ParentMeetings.number(execution.getVariable("meetingNumber"));
        LocalDate begins = ParentMeetingPlanner.heldBy(policy, year, number).minusWeeks(WEEKS_AHEAD);
        LocalDate today = EngineDates.today();
        return begins.isAfter(today) ? EngineDates.at(begins.atTime(8, 0)) : java.util.Date.from(EngineDates.now());
    }
}
