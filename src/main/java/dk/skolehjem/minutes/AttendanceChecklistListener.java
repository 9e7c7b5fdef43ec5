package dk.skolehjem.minutes;

import dk.skolehjem.roster.ClassYearKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A record task is created: its attendance checklist offers the people invited ({@code invited}, task-local, so the
 * guardians' names stay with the team's task), from the roster as it is now.
 */
@Component("attendanceChecklist")
class AttendanceChecklistListener implements TaskListener {

    private final Invitees invitees;

    AttendanceChecklistListener(Invitees invitees) {
        this.invitees = invitees;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal(
                "invited",
                invitees.choices(ClassYearKey.parse(task.getExecution().getProcessBusinessKey())));
    }
}
