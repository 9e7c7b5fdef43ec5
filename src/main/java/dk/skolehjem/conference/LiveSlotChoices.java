package dk.skolehjem.conference;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.AsSystem;
import dk.skolehjem.engine.Choice;
import dk.skolehjem.engine.FamilyTask;
import dk.skolehjem.engine.FormInput;
import dk.skolehjem.engine.LiveChoices;
import dk.skolehjem.roster.ClassYearKey;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/**
 * The booking forms' times as they are when the family opens the form (free now, or the one reserved for them), and a
 * chosen time held for the family for ten minutes while it answers the rest.
 */
@Component
class LiveSlotChoices implements LiveChoices {

    private final ConferenceRounds rounds;
    private final SlotChoices choices;
    private final TaskService tasks;
    private final IdentityService identity;

    /** How long a chosen time is held for the family while it answers the rest of the form. */
    static final Duration HOLD = Duration.ofMinutes(10);

    private final Clock clock;

    LiveSlotChoices(
            ConferenceRounds rounds, SlotChoices choices, TaskService tasks, IdentityService identity, Clock clock) {
        this.clock = clock;
        this.rounds = rounds;
        this.choices = choices;
        this.tasks = tasks;
        this.identity = identity;
    }

    @Override
    public Optional<List<Choice>> now(FamilyTask task, String field) {
        Optional<String> round = round(task, field);
        if (round.isEmpty()) {
            return Optional.empty();
        }
        ClassYearKey key = ClassYearKey.parse(task.businessKey());
        String roundId = round.get();
        List<Choice> now = new java.util.ArrayList<>();
        choices.forStudent(roundId, key.studentId())
                .getValue()
                .elements()
                .forEach(o -> now.add(new Choice.Option(
                        o.prop("value").stringValue(), o.prop("label").stringValue())));
        return Optional.of(now);
    }

    @Override
    public boolean holds(FamilyTask task, String field) {
        return round(task, field).isPresent();
    }

    @Override
    public String hold(FamilyTask task, String field, String value) {
        String roundId = round(task, field).orElseThrow(() -> FormInput.refused("Tiden kan ikke holdes."));
        LocalDateTime now = LocalDateTime.now(clock.withZone(DanishDates.ZONE));
        LocalDateTime until = now.plus(HOLD);
        try {
            rounds.hold(roundId, value, ClassYearKey.parse(task.businessKey()).studentId(), now, until);
        } catch (SlotTaken e) {
            throw FormInput.refused(e.getMessage());
        }
        return "Tiden er holdt til jer til kl. " + String.format("%02d.%02d", until.getHour(), until.getMinute())
                + ". Svar på resten, og tryk \"Send svar\".";
    }

    /** The task's round, when the field is a booking form's time and a round stands behind the task. */
    private Optional<String> round(FamilyTask task, String field) {
        if (!BookingForm.FAMILY_FORMS.contains(task.formId()) || !"slot".equals(field)) {
            return Optional.empty();
        }
        Object round = AsSystem.call(identity, () -> tasks.getVariable(task.id(), "roundId"));
        // no round behind the task (made by hand): the times the task was given are all there is
        return round == null
                ? Optional.empty()
                : Optional.of(rounds.ofClass(round, ClassYearKey.parse(task.businessKey())));
    }
}
