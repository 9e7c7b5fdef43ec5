package dk.skolehjem.parentmeeting;

import dk.skolehjem.policy.PolicyRegistry;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Planlæg forældremødet" is created: the agenda's fixed points, shown read-only (the year plan, the principle's
 * communication agreements and themes), and the team's own points it starts from (the council's wishes). The plan
 * itself is {@link ParentMeetingPlanForm}'s.
 */
@Component("planParentMeetingListener")
class PlanParentMeetingListener implements TaskListener {

    private final ParentMeetingPlanner planner;
    private final PolicyRegistry policies;

    PlanParentMeetingListener(ParentMeetingPlanner planner, PolicyRegistry policies) {
        this.planner = planner;
        this.policies = policies;
    }

    @Override
    public void notify(DelegateTask task) {
        task.getExecution()
                .setVariable(
                        "fixedAgenda",
                        ParentMeetingPlanner.fixedAgendaText(planner.fixedAgenda(
                                policies.orDefault(task.getVariable("policyId")),
                                text(task, "conferencePlan"),
                                text(task, "projectWork"),
                                text(task, "themeWeeks"),
                                text(task, "otherEvents"))));
        if (task.getVariable("agenda") == null) {
            task.getExecution().setVariable("agenda", planner.draftAgenda(text(task, "councilWishes")));
        }
    }

    private static String text(DelegateTask task, String name) {
        Object value = task.getVariable(name);
        return value instanceof String s ? s : null;
    }
}
