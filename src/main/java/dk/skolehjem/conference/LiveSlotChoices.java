package dk.skolehjem.conference;

import dk.skolehjem.engine.AsSystem;
import dk.skolehjem.engine.Choice;
import dk.skolehjem.engine.FamilyTask;
import dk.skolehjem.engine.LiveChoices;
import dk.skolehjem.roster.ClassYearKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** The booking forms' times as they are when the family opens the form: free now, or the one reserved for them. */
@Component
class LiveSlotChoices implements LiveChoices {

    private static final Set<String> BOOKING_FORMS = Set.of("pre-conference", "learning-booking");

    private final ConferenceRounds rounds;
    private final SlotChoices choices;
    private final TaskService tasks;
    private final IdentityService identity;

    LiveSlotChoices(ConferenceRounds rounds, SlotChoices choices, TaskService tasks, IdentityService identity) {
        this.rounds = rounds;
        this.choices = choices;
        this.tasks = tasks;
        this.identity = identity;
    }

    @Override
    public Optional<List<Choice>> now(FamilyTask task, String field) {
        if (!BOOKING_FORMS.contains(task.formId()) || !"slot".equals(field)) {
            return Optional.empty();
        }
        ClassYearKey key = ClassYearKey.parse(task.businessKey());
        Object round = AsSystem.call(identity, () -> tasks.getVariable(task.id(), "roundId"));
        if (round == null) {
            // no round behind the task (made by hand): the times the task was given are all there is
            return Optional.empty();
        }
        String roundId = rounds.ofClass(round, key);
        List<Choice> now = new java.util.ArrayList<>();
        choices.forStudent(roundId, key.studentId())
                .getValue()
                .elements()
                .forEach(o -> now.add(new Choice.Option(
                        o.prop("value").stringValue(), o.prop("label").stringValue())));
        return Optional.of(now);
    }
}
