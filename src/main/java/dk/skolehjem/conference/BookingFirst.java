package dk.skolehjem.conference;

import dk.skolehjem.engine.DecidedFirst;
import dk.skolehjem.engine.FamilyTask;
import dk.skolehjem.engine.FormInput;
import dk.skolehjem.roster.ClassYearKey;
import java.time.Clock;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A family's booking on "Mit barn" is decided by the database the moment it is sent: one UPDATE books the time if it
 * is still free, in the answer's own short transaction, so neighbours pressing at once are told at once who got it.
 * The engine completes the booking task just after ({@link BookingForm} then finds the time already theirs).
 */
@Component
class BookingFirst implements DecidedFirst {

    private static final String PREFIX = "slot|";

    private final ConferenceRounds rounds;
    private final Clock clock;

    BookingFirst(ConferenceRounds rounds, Clock clock) {
        this.rounds = rounds;
        this.clock = clock;
    }

    @Override
    public boolean decides(FamilyTask task, Map<String, Object> variables) {
        return BookingForm.FAMILY_FORMS.contains(task.formId()) && variables.get("roundId") != null;
    }

    @Override
    public Decision decide(
            FamilyTask task, Map<String, Object> variables, String personId, Map<String, Object> answers) {
        ClassYearKey key = ClassYearKey.parse(task.businessKey());
        String roundId = rounds.ofClass(variables.get("roundId"), key);
        Object slotId = answers.get(BookingForm.SLOT);
        if (slotId == null || slotId.toString().isBlank()) {
            throw FormInput.refused("Vælg en tid.");
        }
        Slot slot;
        try {
            slot = rounds.book(roundId, slotId.toString(), key.studentId(), personId, clock);
        } catch (SlotTaken e) {
            throw FormInput.refused(e.getMessage());
        }
        return new Decision(
                "Jeres tid: " + ConferenceRounds.label(slot) + ". Bekræftelsen kommer også på e-mail.",
                PREFIX + roundId + "|" + key.studentId() + "|" + slot.id());
    }

    @Override
    public void undo(String undo) {
        if (!undo.startsWith(PREFIX)) {
            return;
        }
        String[] parts = undo.substring(PREFIX.length()).split("\\|", 3);
        rounds.releaseSlot(parts[0], parts[1], parts[2]);
    }
}
