package dk.skolehjem.parentmeeting;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.engine.FormInput;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Planlæg forældremødet": on create, the agenda the team starts from; on complete, the plan is checked (date in
 * the school year, not in the past, a reason when outside the first quarter) and the meeting's times are set.
 */
@Component("planParentMeetingListener")
class PlanParentMeetingListener implements TaskListener {

    private final ParentMeetingPlanner planner;

    PlanParentMeetingListener(ParentMeetingPlanner planner) {
        this.planner = planner;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            if (task.getVariable("agenda") == null) {
                task.getExecution().setVariable("agenda", planner.draftAgenda(text(task, "conferencePlan"),
                        text(task, "projectWork"), text(task, "themeWeeks"), text(task, "otherEvents"),
                        text(task, "councilWishes"), text(task, "communicationAgreements")));
            }
            return;
        }
        FormInput in = FormInput.of(task);
        LocalDate date = in.requiredDate("meetingDate", "Dato");
        LocalTime time = in.requiredTime("meetingTime", "Starttidspunkt");
        int minutes = in.requiredNumber("meetingLength", "Varighed (minutter)", 30, 240);
        in.requiredText("place", "Sted", 200);
        in.requiredText("agenda", "Dagsorden", FormInput.MAX_TEXT);
        String reason = in.optionalText("reasonOutsideFirstQuarter", "Begrundelse", FormInput.MAX_TEXT);
        List<String> problems = planner.problems(SchoolYear.parse((String) task.getVariable("schoolYear")),
                EngineDates.today(), date, time, minutes, reason);
        if (!problems.isEmpty()) {
            throw FormInput.refused(String.join(" ", problems));
        }
        task.getExecution().setVariable("meetingStart", EngineDates.at(date.atTime(time)));
        task.getExecution().setVariable("minutesDue", EngineDates.endOfDay(date.plusDays(3)));
        // the council answers within three days, and always before the meeting, so the invitation can go out
        LocalDate approveBy = EngineDates.today().plusDays(APPROVE_WITHIN_DAYS);
        LocalDate dayBefore = date.minusDays(1);
        task.getExecution().setVariable("approveDue", EngineDates.endOfDay(
                approveBy.isBefore(dayBefore) || dayBefore.isBefore(EngineDates.today()) ? approveBy : dayBefore));
    }

    /** Days the class parent council has to approve the plan or ask for a change. */
    static final int APPROVE_WITHIN_DAYS = 3;

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value instanceof String s ? s : null;
    }
}
