package dk.skolehjem.concern;

import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.RosterRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Registrér bekymringen": the case record (who raised it, in which role, about whom), the school's principle for
 * the deadlines, and the first inputs of the triage. The role comes from the roster, never from the form.
 */
@Component("registerConcernDelegate")
class RegisterConcernDelegate implements JavaDelegate {

    private final RosterRepository roster;
    private final ConcernCases cases;

    RegisterConcernDelegate(RosterRepository roster, ConcernCases cases) {
        this.roster = roster;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ClassYearKey key = ClassYearKey.parse(execution.getProcessBusinessKey());
        var school = roster.school(key.schoolId());
        execution.setVariable(
                "policyId", school.map(RosterRepository.SchoolRow::policyId).orElse(PolicyRegistry.DEFAULT_ID));
        execution.setVariable(
                "schoolName", school.map(RosterRepository.SchoolRow::name).orElse(key.schoolId()));
        // the name from the roster whichever way the concern started (Tasklist, parent page, a conference)
        roster.student(key.schoolId(), key.studentId())
                .ifPresent(student -> execution.setVariable("studentName", student.name()));
        execution.setVariable("studentId", key.studentId());
        execution.setVariable("classCode", key.classCode());
        execution.setVariable("caseId", execution.getProcessInstanceId());
        execution.setVariable("categoryLabel", ConcernCategory.labelOf((String) execution.getVariable("category")));
        execution.setVariable("urgencyLabel", ConcernUrgency.labelOf((String) execution.getVariable("urgency")));
        String raisedBy = (String) execution.getVariable("requestedBy");
        execution.setVariable("raisedBy", raisedBy);
        String role = role(key, raisedBy);
        execution.setVariable("raisedByRole", role);
        if (execution.getVariable("earlierAttempts") == null) {
            execution.setVariable("earlierAttempts", 0);
        }
        if (execution.getVariable("childAtRisk") == null) {
            execution.setVariable("childAtRisk", false);
        }
        cases.open(
                execution.getProcessInstanceId(),
                key.schoolId(),
                key.studentId(),
                key.classCode(),
                raisedBy,
                role,
                (String) execution.getVariable("category"),
                (String) execution.getVariable("urgency"));
    }

    private String role(ClassYearKey key, String person) {
        if (person != null && roster.hasCustody(key.schoolId(), key.studentId(), person)) {
            return "GUARDIAN";
        }
        boolean leader = person != null
                && roster.studentsOfStaff(person).stream()
                        .anyMatch(s ->
                                s.id().equals(key.studentId()) && s.schoolId().equals(key.schoolId()))
                && roster.isLeader(key.schoolId(), person);
        return leader ? "LEADERSHIP" : "TEAM";
    }
}
