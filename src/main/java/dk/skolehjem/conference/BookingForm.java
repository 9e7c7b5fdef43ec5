package dk.skolehjem.conference;

import dk.skolehjem.engine.CodeList;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormInput;
import dk.skolehjem.engine.FormRule;
import dk.skolehjem.roster.ClassYearKey;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * A booking: the guardians' pre-conference form ({@code pre-conference}) and learning-conversation form
 * ({@code learning-booking}), or the team's assignment ({@code conference-assign}). The chosen slot is booked, or the
 * task stays open with a clear Danish message when another family was faster; an interpreter wish and a wish for
 * siblings' conferences back to back are kept where the form asks for them.
 */
@Component
class BookingForm implements FormRule {

    private final Clock clock;

    /** The families' booking forms on "Mit barn" (the team's assignment is a Camunda form). */
    static final Set<String> FAMILY_FORMS = Set.of("pre-conference", "learning-booking");

    /** The form field holding the chosen slot; its choices are the round's free slots, not an answer to show. */
    static final String SLOT = "slot";

    private static final String INTERPRETER = "interpreterNeeded";
    private static final String BACK_TO_BACK = "siblingsBackToBack";

    private final ConferenceRounds rounds;
    private final SiblingBookings siblings;
    private final SlotChoices choices;

    BookingForm(ConferenceRounds rounds, SiblingBookings siblings, SlotChoices choices, Clock clock) {
        this.clock = clock;
        this.rounds = rounds;
        this.siblings = siblings;
        this.choices = choices;
    }

    @Override
    public Set<String> forms() {
        return Set.of("pre-conference", "learning-booking", "conference-assign");
    }

    @Override
    public List<CodeList> codeLists() {
        return List.of(InterpreterRequest.LANGUAGES);
    }

    @Override
    public void check(FormAnswers answers) {
        if (answers.form().has(INTERPRETER)) {
            InterpreterRequest.require(answers);
        }
        answers.requiredText(SLOT);
    }

    @Override
    public void apply(FormAnswers answers) {
        DelegateTask task = answers.task();
        ClassYearKey key = ClassYearKey.parse(answers.execution().getProcessBusinessKey());
        String roundId = rounds.ofClass(answers.variable("roundId"), key);
        if (answers.form().has(INTERPRETER)) {
            InterpreterRequest.check(answers);
        }
        String slotId = answers.requiredText(SLOT);
        Slot slot;
        try {
            slot = rounds.book(roundId, slotId, key.studentId(), answers.completedBy(), clock);
        } catch (SlotTaken e) {
            if (!answers.onBehalf()) {
                // a Camunda form reads its choices from the task: they are renewed in a transaction of their own,
                // which outlives this refused one. "Mit barn" shows the times free now by itself, so a family's
                // refusal under a burst never asks for a second connection while it holds one.
                choices.refresh(task.getId(), roundId, key.studentId());
            }
            throw FormInput.refused(e.getMessage());
        }
        if (answers.form().has(BACK_TO_BACK) && answers.ticked(BACK_TO_BACK)) {
            for (SiblingBookings.Reserved r : siblings.reserveNextTo(
                    key, String.valueOf(answers.variable("studentName")), slot, answers.completedBy(), clock)) {
                SlotChoices.offerReserved(task, r);
            }
        }
        timeVariables(slot).forEach(answers::set);
    }

    /**
     * The variables that give the booked time to the rest of the process (its confirmation, the reminder the day
     * before, the wait for the conference), set when a slot is booked and again when the family changes it.
     */
    static Map<String, Object> timeVariables(Slot slot) {
        Map<String, Object> times = new LinkedHashMap<>();
        times.put("slotLabel", ConferenceRounds.label(slot));
        times.put("conferenceStart", EngineDates.at(slot.startsAt()));
        times.put("slotMinutes", slot.minutes());
        times.put("dayBefore", EngineDates.at(slot.startsAt().minusDays(1)));
        return times;
    }
}
