package dk.skolehjem.conference;

import dk.skolehjem.roster.ClassYearKey;
import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The conference booking task is created: a family that asked for its children's conferences back to back has the
 * slot next to a sibling's reserved in this round too, and the form offers "lige efter hinanden" only to families
 * with several children at the school. Runs before the slots become the form's choices.
 */
@Component("siblingSlots")
class SiblingSlotsListener implements TaskListener {

    private final Clock clock;

    private final ConferenceRounds rounds;
    private final SiblingBookings siblings;

    SiblingSlotsListener(ConferenceRounds rounds, SiblingBookings siblings, Clock clock) {
        this.clock = clock;
        this.rounds = rounds;
        this.siblings = siblings;
    }

    @Override
    public void notify(DelegateTask task) {
        ClassYearKey key = ClassYearKey.parse(task.getExecution().getProcessBusinessKey());
        String roundId = rounds.ofClass(task.getVariable("roundId"), key);
        siblings.reserveForNewRound(key, roundId, clock);
        task.setVariableLocal("hasSiblings", siblings.hasSiblings(key));
    }
}
