package dk.skolehjem.conference;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.AsSystem;
import dk.skolehjem.engine.Booking;
import dk.skolehjem.engine.Choice;
import dk.skolehjem.engine.FormInput;
import dk.skolehjem.engine.MeetingBookings;
import dk.skolehjem.roster.ClassYearKey;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A family sees, changes and cancels its booked conference or learning conversation until the round's booking
 * deadline (that day included). The slots change in the database first, in the caller's transaction, so exactly one
 * family gets a slot and the old one is free at once; then the process hears of it by a message the system alone
 * correlates ("Familien har ændret tid", "Familien har aflyst"), which re-arms its reminders or reopens the booking.
 * A slot kept next to a sibling's stays the sibling's when the family moves this child's time.
 */
@Component
class BookingChanges implements MeetingBookings {

    /** The embedded subprocess a booking lives in, from the booking until the meeting begins (both BPMNs). */
    static final String BOOKED = "booked";

    static final String CHANGED = "booking-changed";
    static final String CANCELLED = "booking-cancelled";

    private static final String TAKEN = "Tiden er lige blevet booket af en anden familie. Vælg en anden tid.";

    /** One booking found for the student: its process instance, round, slot and deadline. */
    private record Held(ProcessInstance instance, String roundId, Slot slot, LocalDate deadline) {}

    private final ConferenceRounds rounds;
    private final BookingAnswers answers;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Clock clock;

    BookingChanges(
            ConferenceRounds rounds,
            BookingAnswers answers,
            RuntimeService runtime,
            IdentityService identity,
            Clock clock) {
        this.rounds = rounds;
        this.answers = answers;
        this.runtime = runtime;
        this.identity = identity;
        this.clock = clock;
    }

    @Override
    public List<Booking> bookings(ClassYearKey student, Booked process) {
        return AsSystem.call(
                identity,
                () -> runtime
                        .createProcessInstanceQuery()
                        .processDefinitionKey(process.processKey())
                        .processInstanceBusinessKey(student.toString())
                        .active()
                        .list()
                        .stream()
                        .flatMap(pi -> held(pi, student).stream())
                        .map(h -> booking(h, student, process))
                        .toList());
    }

    @Override
    public List<Choice> freeTimes(ClassYearKey student, String ref, Booked process) {
        Held held = open(student, ref, process);
        return rounds.available(held.roundId(), now()).stream()
                .map(s -> (Choice) new Choice.Option(s.id(), ConferenceRounds.label(s)))
                .toList();
    }

    @Override
    @Transactional
    public void change(ClassYearKey student, String ref, String slotId, String guardianId, Booked process) {
        Held held = changeable(open(student, ref, process));
        if (rounds.available(held.roundId(), now()).stream().noneMatch(s -> s.id().equals(slotId))) {
            throw FormInput.refused(TAKEN);
        }
        rounds.release(held.roundId(), student.studentId());
        Slot slot;
        try {
            slot = rounds.book(held.roundId(), slotId, student.studentId(), guardianId, clock);
        } catch (SlotTaken e) {
            // the transaction rolls back: the family keeps its old time
            throw FormInput.refused(TAKEN);
        }
        Map<String, Object> variables = new HashMap<>(BookingForm.timeVariables(slot));
        variables.put("previousSlotLabel", ConferenceRounds.label(held.slot()));
        correlate(CHANGED, ref, variables);
    }

    @Override
    @Transactional
    public void cancel(ClassYearKey student, String ref, String guardianId, Booked process) {
        Held held = changeable(open(student, ref, process));
        rounds.release(held.roundId(), student.studentId());
        // no time any more: the calendar and the reminders must not show the cancelled one
        Map<String, Object> variables = new HashMap<>();
        BookingForm.timeVariables(held.slot()).keySet().forEach(k -> variables.put(k, null));
        variables.put("previousSlotLabel", ConferenceRounds.label(held.slot()));
        correlate(CANCELLED, ref, variables);
    }

    private void correlate(String message, String ref, Map<String, Object> variables) {
        AsSystem.call(
                identity,
                () -> runtime.createMessageCorrelation(message)
                        .processInstanceId(ref)
                        .setVariables(variables)
                        .correlateWithResult());
    }

    private Booking booking(Held held, ClassYearKey student, Booked process) {
        Object place = AsSystem.call(
                identity, () -> runtime.getVariable(held.instance().getId(), "place"));
        return new Booking(
                process.processKey(),
                process.what(),
                ConferenceRounds.label(held.slot()),
                place == null ? "" : place.toString(),
                "Klasseteamet " + student.classCode(),
                AsSystem.call(
                        identity,
                        () -> answers.of(
                                held.instance().getId(),
                                held.instance().getProcessDefinitionId(),
                                process.bookingForm())),
                held.deadline(),
                isChangeable(held),
                held.instance().getId());
    }

    /** The student's booking {@code ref} of this process, still before its meeting; otherwise a Danish refusal. */
    private Held open(ClassYearKey student, String ref, Booked process) {
        return AsSystem.call(
                        identity,
                        () -> Optional.ofNullable(runtime.createProcessInstanceQuery()
                                        .processInstanceId(ref)
                                        .processDefinitionKey(process.processKey())
                                        .processInstanceBusinessKey(student.toString())
                                        .active()
                                        .singleResult())
                                .flatMap(pi -> held(pi, student)))
                .orElseThrow(() -> FormInput.refused("Bookingen findes ikke længere. Kontakt klasseteamet."));
    }

    private Held changeable(Held held) {
        if (!isChangeable(held)) {
            throw FormInput.refused(
                    "Fristen for at ændre tiden var " + DanishDates.day(held.deadline()) + ". Kontakt klasseteamet.");
        }
        return held;
    }

    private boolean isChangeable(Held held) {
        return !today().isAfter(held.deadline()) && held.slot().startsAt().isAfter(now());
    }

    /** A booking while the process waits for its meeting inside "Samtaletiden er booket" with a slot in the round. */
    private Optional<Held> held(ProcessInstance pi, ClassYearKey student) {
        if (!inside(runtime.getActivityInstance(pi.getId()))) {
            return Optional.empty();
        }
        String roundId = rounds.ofClass(runtime.getVariable(pi.getId(), "roundId"), student);
        return rounds.booked(roundId, student.studentId())
                .map(slot -> new Held(pi, roundId, slot, rounds.deadline(roundId)));
    }

    private static boolean inside(ActivityInstance activity) {
        if (activity == null) {
            return false;
        }
        if (BOOKED.equals(activity.getActivityId())) {
            return true;
        }
        for (ActivityInstance child : activity.getChildActivityInstances()) {
            if (inside(child)) {
                return true;
            }
        }
        return false;
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(DanishDates.ZONE));
    }

    private LocalDate today() {
        return now().toLocalDate();
    }
}
