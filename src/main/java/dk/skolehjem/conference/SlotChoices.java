package dk.skolehjem.conference;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.EngineInternals;
import java.time.Clock;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * The times a booking form offers ({@code availableSlots}, the JSON array form-js reads its choices from with
 * {@code valuesKey}): the round's free slots, or the one reserved for the student next to a sibling's.
 */
@Component
class SlotChoices {

    private final Clock clock;

    private final ConferenceRounds rounds;

    SlotChoices(ConferenceRounds rounds, Clock clock) {
        this.clock = clock;
        this.rounds = rounds;
    }

    /** The free slots, or the one already reserved for this student. */
    JsonValue forStudent(String roundId, String studentId) {
        var reserved = rounds.booked(roundId, studentId);
        if (reserved.isPresent()) {
            return json(option(reservedLabel(reserved.get()), reserved.get().id()));
        }
        return free(roundId, studentId);
    }

    /** The free slots, the one this student holds included. */
    JsonValue free(String roundId, String studentId) {
        var array = Spin.JSON("[]");
        for (Slot s : rounds.available(roundId, now(), studentId)) {
            array.append(option(ConferenceRounds.label(s), s.id()));
        }
        return SpinValues.jsonValue(array).create();
    }

    /**
     * The family that lost a slot sees the slots still free when it opens the form again. Written in its own
     * transaction, because the refused completion rolls back; other families' tasks are left alone (no locks on
     * tasks that are not ours), and their forms are refreshed the same way if they too pick a taken slot.
     */
    void refresh(String taskId, String roundId, String studentId) {
        var options = free(roundId, studentId);
        EngineInternals.setTaskVariableInNewTransaction(taskId, "availableSlots", options);
    }

    /** The sibling's open booking task now offers just the time reserved for them, next to this child's. */
    static void offerReserved(DelegateTask task, SiblingBookings.Reserved reserved) {
        var value = json(option(reservedLabel(reserved.slot()), reserved.slot().id()));
        var tasks = task.getProcessEngineServices().getTaskService();
        EngineInternals.withoutAuthorization(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(reserved.student().toString())
                .taskDefinitionKey("bookConference")
                .list()
                .forEach(t -> tasks.setVariableLocal(t.getId(), "availableSlots", value)));
    }

    private static String reservedLabel(Slot slot) {
        return ConferenceRounds.label(slot) + " (reserveret lige ved siden af søskendes samtale)";
    }

    private static SpinJsonNode option(String label, String value) {
        return Spin.JSON("{}").prop("label", label).prop("value", value);
    }

    private static JsonValue json(SpinJsonNode option) {
        var array = Spin.JSON("[]");
        array.append(option);
        return SpinValues.jsonValue(array).create();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(DanishDates.ZONE));
    }
}
