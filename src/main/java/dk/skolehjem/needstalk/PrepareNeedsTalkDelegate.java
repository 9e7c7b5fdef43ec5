package dk.skolehjem.needstalk;

import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.RosterRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Forbered tilbuddet": the student's name and grade, and by when the guardians and the team answer the offer (R8). */
@Component("prepareNeedsTalkDelegate")
class PrepareNeedsTalkDelegate implements JavaDelegate {

    private final RosterRepository roster;
    private final PolicyRegistry policies;

    PrepareNeedsTalkDelegate(RosterRepository roster, PolicyRegistry policies) {
        this.roster = roster;
        this.policies = policies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ClassYearKey key = ClassYearKey.parse(execution.getProcessBusinessKey());
        var student = roster.student(key.schoolId(), key.studentId())
                .orElseThrow(() -> new IllegalStateException("Eleven " + key.studentId() + " findes ikke"));
        execution.setVariable("studentName", student.name());
        execution.setVariable("grade", student.grade());
        var within = policies.get((String) execution.getVariable("policyId"))
                .needsTalk()
                .answerWithin();
        execution.setVariable(
                "answerDue", EngineDates.endOfDay(EngineDates.today().plus(within)));
        if (execution.getVariable("offered") == null) {
            execution.setVariable("offered", false);
        }
        execution.setVariable("wantTalk", false);
        execution.setVariable("teamWantsTalk", false);
    }
}
