package dk.skolehjem.conference;

import dk.skolehjem.roster.ClassYearKey;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Frigiv tiden": after a no-show the family books again, so the old slot goes back to the others. */
@Component("releaseConferenceSlotDelegate")
class ReleaseSlotDelegate implements JavaDelegate {

    private final ConferenceRounds rounds;

    ReleaseSlotDelegate(ConferenceRounds rounds) {
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ClassYearKey key = ClassYearKey.parse(execution.getProcessBusinessKey());
        rounds.release((String) execution.getVariable("roundId"), key.studentId());
        execution.removeVariable("attended");
    }
}
