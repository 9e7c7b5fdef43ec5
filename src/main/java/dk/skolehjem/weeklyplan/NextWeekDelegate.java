package dk.skolehjem.weeklyplan;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.policy.SchoolPolicy;
import dk.skolehjem.roster.ClassYearKey;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Find næste uge": the next school week that needs a plan, or none when the school year is over. */
@Component("nextWeekDelegate")
class NextWeekDelegate implements JavaDelegate {

    private final PolicyRegistry policies;
    private final WeeklyPlanSchedule schedule;

    NextWeekDelegate(PolicyRegistry policies, WeeklyPlanSchedule schedule) {
        this.policies = policies;
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ClassYearKey key = ClassYearKey.parse(execution.getProcessBusinessKey());
        SchoolPolicy policy = policies.get((String) execution.getVariable("policyId"));
        Object last = execution.getVariable("planWeek");
        LocalDate after =
                last instanceof Date d ? d.toInstant().atZone(DanishDates.ZONE).toLocalDate() : null;
        var next = schedule.next(
                policy.calendar(key.year()),
                EngineDates.today(),
                after,
                policy.weeklyPlan().dueDay(),
                policy.weeklyPlan().dueTime());
        execution.setVariable("moreWeeks", next.isPresent());
        execution.setVariable("weeklyPlanFormat", policy.weeklyPlan().format().name());
        if (execution.getVariable("weeklyPlansLate") == null) {
            execution.setVariable("weeklyPlansLate", 0L);
        }
        next.ifPresent(n -> {
            execution.setVariable("planWeek", EngineDates.at(n.week().atStartOfDay()));
            execution.setVariable("planWeekNumber", n.weekNumber());
            execution.setVariable("planCreateAt", EngineDates.at(n.createAt()));
            execution.setVariable("planDue", EngineDates.at(n.dueAt()));
        });
    }
}
