package dk.skolehjem.conference;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.policy.SchoolPolicy;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.RosterRepository;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Forbered samtalen": the student's name and grade, and when the guardians are reminded to book. */
@Component("prepareConferenceDelegate")
class PrepareConferenceDelegate implements JavaDelegate {

    private final RosterRepository roster;
    private final PolicyRegistry policies;

    PrepareConferenceDelegate(RosterRepository roster, PolicyRegistry policies) {
        this.roster = roster;
        this.policies = policies;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ClassYearKey key = ClassYearKey.parse(execution.getProcessBusinessKey());
        RosterRepository.StudentRow student = roster.student(key.schoolId(), key.studentId())
                .orElseThrow(() -> new IllegalStateException("Eleven " + key.studentId() + " findes ikke"));
        execution.setVariable("studentName", student.name());
        execution.setVariable("grade", student.grade());
        SchoolPolicy policy = policies.get((String) execution.getVariable("policyId"));
        // the record form asks why the student was not there where the policy has the student always take part
        execution.setVariable("studentAlways", policy.conference().student() == SchoolPolicy.StudentPart.ALWAYS);
        Date deadline = (Date) execution.getVariable("bookingDeadline");
        LocalDate remind = deadline.toInstant()
                .atZone(DanishDates.ZONE)
                .toLocalDate()
                .minus(policy.conference().reminderBefore());
        if (remind.isBefore(EngineDates.today())) {
            remind = EngineDates.today();
        }
        Date reminder = EngineDates.at(remind.atTime(9, 0));
        execution.setVariable("reminderAt", reminder.before(deadline) ? reminder : deadline);
    }
}
