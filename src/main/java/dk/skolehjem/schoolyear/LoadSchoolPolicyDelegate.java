package dk.skolehjem.schoolyear;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.policy.Promised;
import dk.skolehjem.policy.SchoolPolicy;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Indlæs skolens princip": turns the school's policy into the dates the school-year process waits on. */
@Component("loadSchoolPolicyDelegate")
class LoadSchoolPolicyDelegate implements JavaDelegate {

    private final PolicyRegistry policies;
    private final SchoolYearPlanner planner;
    private final org.camunda.bpm.engine.TaskService tasks;

    LoadSchoolPolicyDelegate(
            PolicyRegistry policies, SchoolYearPlanner planner, org.camunda.bpm.engine.TaskService tasks) {
        this.policies = policies;
        this.planner = planner;
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        SchoolPolicy policy = policies.get((String) execution.getVariable("policyId"));
        SchoolYear year = SchoolYear.parse((String) execution.getVariable("schoolYear"));
        LocalDate today = EngineDates.now().atZone(DanishDates.ZONE).toLocalDate();
        YearPlanDates dates = planner.plan(policy, year, today);
        tellLeadershipWhatALateStartLoses(execution, policy, year, today);
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
        // "i passende omfang": as many meetings as the school's policy asks, one after the other
        execution.setVariable(
                "parentMeetings", policy.parentMeeting().dueDates().size());
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

    /**
     * A year rolled out after a window has passed switches that part off; leadership is told once, in one task,
     * which promises the class can no longer keep, so nothing is lost without anyone knowing.
     */
    private void tellLeadershipWhatALateStartLoses(
            DelegateExecution execution, SchoolPolicy policy, SchoolYear year, LocalDate today) {
        List<String> lost = planner.lostPromises(policy, year, today);
        if (lost.isEmpty()) {
            return;
        }
        var key = dk.skolehjem.roster.ClassYearKey.parse(execution.getProcessBusinessKey());
        org.camunda.bpm.engine.task.Task task = tasks.newTask();
        task.setName("Følg op: " + key.classCode() + " begyndte skoleåret sent");
        task.setDescription("Klassens skoleår blev sat i gang " + DanishDates.day(today) + ". Det betyder:\n- "
                + String.join("\n- ", lost)
                + "\nAftal med klasseteamet, hvad klassen gør i stedet, og luk opgaven, når det er aftalt.");
        task.setTenantId(key.schoolId());
        task.setDueDate(endOfDay(today.plusDays(7)));
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), dk.skolehjem.roster.GroupIds.leadership(key.schoolId()));
        execution.setVariable("lostPromises", String.join("\n", lost));
    }

    static Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(23, 59).atZone(DanishDates.ZONE).toInstant());
    }
}
