package dk.skolehjem.schoolyear;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.policy.Promised;
import dk.skolehjem.policy.SchoolPolicy;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Indlæs skolens princip": turns the school's policy into the dates the school-year process waits on. */
@Component("loadSchoolPolicyDelegate")
class LoadSchoolPolicyDelegate implements JavaDelegate {

    private final PolicyRegistry policies;
    private final SchoolYearPlanner planner;

    LoadSchoolPolicyDelegate(PolicyRegistry policies, SchoolYearPlanner planner) {
        this.policies = policies;
        this.planner = planner;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SchoolPolicy policy = policies.get((String) execution.getVariable("policyId"));
        SchoolYear year = SchoolYear.parse((String) execution.getVariable("schoolYear"));
        LocalDate today = EngineDates.now().atZone(DanishDates.ZONE).toLocalDate();
        YearPlanDates dates = planner.plan(policy, year, today);
        execution.setVariable("policyName", policy.name());
        // the year plan form says why events are asked for only where the board's text promises them
        execution.setVariable(
                "eventsPromise",
                policy.promise(Promised.SUPPLEMENTARY_EVENTS)
                        .map(p ->
                                "Princippet siger: \"" + p.quote() + "\" Skriv klassens arrangementer med forældrene.")
                        .orElse(""));
        execution.setVariable("yearPlanDue", endOfDay(dates.yearPlanDue()));
        execution.setVariable("parentMeetingBy", dates.parentMeetingBy());
        // a process the school's principle switches off does not run
        execution.setVariable("parentMeetingEnabled", policy.parentMeeting().enabled());
        execution.setVariable("weeklyPlanEnabled", policy.weeklyPlan().enabled());
        var learning = planner.learningPlanningStart(policy, year, today);
        execution.setVariable("learningEnabled", learning.isPresent());
        execution.setVariable(
                "learningPlanningStart",
                learning.map(d -> d.equals(today)
                                ? Date.from(EngineDates.now())
                                : dk.skolehjem.engine.EngineDates.at(d.atTime(8, 0)))
                        .orElse(null));
        var needsTalk = planner.needsTalkOffer(policy, year, today);
        execution.setVariable("needsTalkEnabled", needsTalk.isPresent());
        execution.setVariable(
                "needsTalkOfferAt",
                needsTalk
                        .map(d -> d.equals(today)
                                ? Date.from(EngineDates.now())
                                : dk.skolehjem.engine.EngineDates.at(d.atTime(8, 0)))
                        .orElse(null));
        var conferences = planner.conferencePlanningStart(policy, year, today);
        execution.setVariable("conferenceEnabled", conferences.isPresent());
        // a start that is already due begins now; a later one at 8 in the morning
        execution.setVariable(
                "conferencePlanningStart",
                conferences
                        .map(d -> d.equals(today)
                                ? Date.from(EngineDates.now())
                                : dk.skolehjem.engine.EngineDates.at(d.atTime(8, 0)))
                        .orElse(null));
        if (execution.getVariable("conferencePlan") == null) {
            execution.setVariable("conferencePlan", dates.conferencePlan());
        }
    }

    static Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(23, 59).atZone(DanishDates.ZONE).toInstant());
    }
}
