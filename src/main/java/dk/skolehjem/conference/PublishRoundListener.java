package dk.skolehjem.conference;

import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.policy.ConferenceFormat;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.policy.SchoolPolicy;
import dk.skolehjem.roster.ClassYearKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Offentliggør samtalerunden" is created: it is due before the families' booking period, and a learning round's
 * format is fixed. The round itself is {@link RoundForm}'s.
 */
@Component("publishRoundListener")
class PublishRoundListener implements TaskListener {

    private final PolicyRegistry policies;

    PublishRoundListener(PolicyRegistry policies) {
        this.policies = policies;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setDueDate(publishDue(task));
        // the form's introduction says what this school's principle and practice say, not a made-up general rule
        task.setVariableLocal(
                "roundPrinciple",
                dk.skolehjem.policy.PolicyDescription.summary(
                        policies.orDefault(task.getVariable("policyId")),
                        dk.skolehjem.policy.PolicyDescription.CONFERENCES));
        if (ConferenceRounds.Kind.of(task.getVariable("roundKind")) == ConferenceRounds.Kind.LEARNING) {
            // a student-led learning conversation is always one student's; the form shows it read-only, and what a
            // form shows read-only is never taken from a submission, so the task itself holds it
            task.setVariableLocal("format", ConferenceFormat.INDIVIDUEL.value());
        }
    }

    /**
     * The round must be out before the families' booking period, which ends where the principle's window begins;
     * a round that starts late (a class added mid-year) gets two school days.
     */
    private java.util.Date publishDue(DelegateTask task) {
        ClassYearKey key = ClassYearKey.parse(task.getExecution().getProcessBusinessKey());
        SchoolPolicy policy = policies.get((String) task.getVariable("policyId"));
        ConferenceRounds.Kind kind = ConferenceRounds.Kind.of(task.getVariable("roundKind"));
        SchoolPolicy.Window window = kind == ConferenceRounds.Kind.LEARNING
                ? policy.learningConversation().window()
                : policy.conference().window();
        java.time.Period bookingOpen = policy.conference().bookingOpenFor() == null
                ? java.time.Period.ofDays(14)
                : policy.conference().bookingOpenFor();
        java.time.LocalDate due = key.year().date(window.from()).minus(bookingOpen);
        java.time.LocalDate today = EngineDates.today();
        if (due.isBefore(today)) {
            due = policy.calendar(key.year()).plusSchoolDays(today, 2);
        }
        return EngineDates.endOfDay(due);
    }
}
