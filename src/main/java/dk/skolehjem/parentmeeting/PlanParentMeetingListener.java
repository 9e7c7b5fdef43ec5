package dk.skolehjem.parentmeeting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Planlæg forældremødet" is created: the agenda the team starts from (the year plan, the council's wishes, the
 * principle's communication agreements). The plan itself is {@link ParentMeetingPlanForm}'s.
 */
@Component("planParentMeetingListener")
class PlanParentMeetingListener implements TaskListener {

    private final ParentMeetingPlanner planner;

    PlanParentMeetingListener(ParentMeetingPlanner planner) {
        this.planner = planner;
    }

    @Override
    public void notify(DelegateTask task) {
        if (task.getVariable("agenda") == null) {
            task.getExecution()
                    .setVariable(
                            "agenda",
                            planner.draftAgenda(
                                    text(task, "conferencePlan"),
                                    text(task, "projectWork"),
                                    text(task, "themeWeeks"),
                                    text(task, "otherEvents"),
                                    text(task, "councilWishes"),
                                    text(task, "communicationAgreements")));
        }
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value instanceof String s ? s : null;
    }
}
