package dk.skolehjem.conference;

import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.engine.FormInput;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.policy.SchoolPolicy;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.RosterRepository;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Offentliggør samtalerunden": when it is due, the team's plan checked against the principle, the round and its slots. */
@Component("publishRoundListener")
class PublishRoundListener implements TaskListener {

    private final ConferenceRounds rounds;
    private final PolicyRegistry policies;
    private final RosterRepository roster;

    PublishRoundListener(ConferenceRounds rounds, PolicyRegistry policies, RosterRepository roster) {
        this.rounds = rounds;
        this.policies = policies;
        this.roster = roster;
    }

    @Override
    public void notify(DelegateTask task) {
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            task.setDueDate(publishDue(task));
            return;
        }
        FormInput in = FormInput.of(task);
        var plan = new RoundPlan(in.requiredDate("firstDay", "Første dag"), in.requiredDate("lastDay", "Sidste dag"),
                in.requiredTime("dailyStart", "Første tid om dagen"), in.requiredTime("dailyEnd", "Sidste tid slutter"),
                in.requiredNumber("slotMinutes", "Minutter pr. samtale", 10, 90), in.requiredText("place", "Sted", 200),
                in.requiredText("format", "Form", 20), in.requiredDate("bookingDeadline", "Frist for booking"));
        ClassYearKey key = ClassYearKey.parse(task.getExecution().getProcessBusinessKey());
        SchoolPolicy policy = policies.get((String) task.getVariable("policyId"));
        int students = roster.studentsOfClass(key.schoolId(), key.classCode()).size();
        ConferenceRounds.Kind kind = ConferenceRounds.Kind.of(task.getVariable("roundKind"));
        List<String> problems = ConferenceRounds.problems(plan, policy, key.year(), EngineDates.today(), students, kind);
        if (!problems.isEmpty()) {
            throw FormInput.refused(String.join(" ", problems));
        }
        String roundId = rounds.create(plan, policy.calendar(key.year()), key.schoolId(), key.classCode(),
                key.year().toString(), task.getProcessInstanceId(), task.getAssignee() == null ? "klasseteamet" : task.getAssignee(),
                kind);
        task.getExecution().setVariable("roundId", roundId);
        task.getExecution().setVariable("bookingDeadline", EngineDates.endOfDay(plan.bookingDeadline()));
    }

    /**
     * The round must be out before the families' booking period, which ends where the principle's window begins;
     * a round that starts late (a class added mid-year) gets two school days.
     */
    private java.util.Date publishDue(DelegateTask task) {
        ClassYearKey key = ClassYearKey.parse(task.getExecution().getProcessBusinessKey());
        SchoolPolicy policy = policies.get((String) task.getVariable("policyId"));
        ConferenceRounds.Kind kind = ConferenceRounds.Kind.of(task.getVariable("roundKind"));
        SchoolPolicy.Window window = kind == ConferenceRounds.Kind.LEARNING ? policy.learningConversation().window()
                : policy.conference().window();
        java.time.Period bookingOpen = policy.conference().bookingOpenFor() == null ? java.time.Period.ofDays(14)
                : policy.conference().bookingOpenFor();
        java.time.LocalDate due = key.year().date(window.from()).minus(bookingOpen);
        java.time.LocalDate today = EngineDates.today();
        if (due.isBefore(today)) {
            due = policy.calendar(key.year()).plusSchoolDays(today, 2);
        }
        return EngineDates.endOfDay(due);
    }

}
