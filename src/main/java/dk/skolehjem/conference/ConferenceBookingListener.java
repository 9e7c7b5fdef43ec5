package dk.skolehjem.conference;

import dk.skolehjem.roster.ClassYearKey;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A booking task is created (the guardians' pre-conference or learning-conversation form, the team's assignment when
 * nobody booked): the free slots become the form's choices. The booking itself is {@link BookingForm}'s.
 */
@Component("conferenceBookingListener")
class ConferenceBookingListener implements TaskListener {

    private final ConferenceRounds rounds;
    private final SlotChoices choices;

    ConferenceBookingListener(ConferenceRounds rounds, SlotChoices choices) {
        this.rounds = rounds;
        this.choices = choices;
    }

    @Override
    public void notify(DelegateTask task) {
        ClassYearKey key = ClassYearKey.parse(task.getExecution().getProcessBusinessKey());
        String roundId = rounds.ofClass(task.getVariable("roundId"), key);
        task.setVariableLocal("availableSlots", choices.forStudent(roundId, key.studentId()));
    }
}
