package dk.skolehjem.conference;

import dk.skolehjem.engine.ActingUser;
import dk.skolehjem.engine.EngineInternals;
import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.engine.FormInput;
import dk.skolehjem.roster.ClassYearKey;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The booking tasks (the guardians' pre-conference form, the team's assignment when nobody booked): on create the
 * free slots become the form's choices; on complete the chosen slot is booked, or the task stays open with a clear
 * Danish message when another family was faster.
 */
@Component("conferenceBookingListener")
class ConferenceBookingListener implements TaskListener {

    private final ConferenceRounds rounds;
    private final NamedParameterJdbcTemplate jdbc;
    private final SiblingBookings siblings;
    private final Clock clock;

    ConferenceBookingListener(ConferenceRounds rounds, NamedParameterJdbcTemplate jdbc, SiblingBookings siblings,
            Clock clock) {
        this.rounds = rounds;
        this.jdbc = jdbc;
        this.siblings = siblings;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String roundId = round(task);
        ClassYearKey key = ClassYearKey.parse(task.getExecution().getProcessBusinessKey());
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            if ("bookConference".equals(task.getTaskDefinitionKey())) {
                siblings.reserveForNewRound(key, roundId, clock);
                task.setVariableLocal("hasSiblings", siblings.hasSiblings(key));
            }
            task.setVariableLocal("availableSlots", options(roundId, key.studentId()));
            return;
        }
        FormInput in = FormInput.of(task);
        if ("bookConference".equals(task.getTaskDefinitionKey())) {
            in.optionalText("howIsChild", "Hvordan har jeres barn det?", FormInput.MAX_TEXT);
            in.optionalText("goingWell", "Hvad går godt?", FormInput.MAX_TEXT);
            in.optionalText("wantToTalkAbout", "Hvad vil I gerne tale om?", FormInput.MAX_TEXT);
            in.optionalText("childWantsToTalkAbout", "Hvad har jeres barn sagt, at det vil tale om?", FormInput.MAX_TEXT);
            in.optionalText("anythingElse", "Er der andet, skolen bør vide?", FormInput.MAX_TEXT);
        }
        if ("bookConference".equals(task.getTaskDefinitionKey()) || "bookLearning".equals(task.getTaskDefinitionKey())) {
            InterpreterRequest.check(task);
        }
        String slotId = in.requiredText("slot", "Samtaletid", 40);
        Slot slot;
        try {
            slot = rounds.book(roundId, slotId, key.studentId(), bookedBy(task), clock);
        } catch (SlotTaken e) {
            refreshChoices(task.getId(), roundId);
            throw FormInput.refused(e.getMessage());
        }
        if ("bookConference".equals(task.getTaskDefinitionKey()) && in.optionalChoice("siblingsBackToBack",
                "Samtalerne lige efter hinanden")) {
            for (SiblingBookings.Reserved r : siblings.reserveNextTo(key, String.valueOf(task.getVariable("studentName")),
                    slot, bookedBy(task), clock)) {
                offerReserved(task, r);
            }
        }
        task.getExecution().setVariable("slotLabel", ConferenceRounds.label(slot));
        task.getExecution().setVariable("conferenceStart", EngineDates.at(slot.startsAt()));
        task.getExecution().setVariable("slotMinutes", slot.minutes());
        task.getExecution().setVariable("dayBefore", EngineDates.at(slot.startsAt().minusDays(1)));
    }

    /**
     * The family that lost a slot sees the slots still free when it opens the form again. Written in its own
     * transaction, because the refused completion rolls back; other families' tasks are left alone (no locks on
     * tasks that are not ours), and their forms are refreshed the same way if they too pick a taken slot.
     */
    private void refreshChoices(String taskId, String roundId) {
        var options = options(roundId);
        EngineInternals.setTaskVariableInNewTransaction(taskId, "availableSlots", options);
    }

    /** The sibling's open booking task now offers just the time reserved for them, next to this child's. */
    private static void offerReserved(DelegateTask task, SiblingBookings.Reserved reserved) {
        var array = org.camunda.spin.Spin.JSON("[]");
        array.append(org.camunda.spin.Spin.JSON("{}").prop("label", reservedLabel(reserved.slot()))
                .prop("value", reserved.slot().id()));
        var value = org.camunda.spin.plugin.variable.SpinValues.jsonValue(array).create();
        var tasks = task.getProcessEngineServices().getTaskService();
        EngineInternals.withoutAuthorization(() -> tasks.createTaskQuery()
                .processInstanceBusinessKey(reserved.student().toString()).taskDefinitionKey("bookConference").list()
                .forEach(t -> tasks.setVariableLocal(t.getId(), "availableSlots", value)));
    }

    private static String reservedLabel(Slot slot) {
        return ConferenceRounds.label(slot) + " (reserveret lige ved siden af søskendes samtale)";
    }

    /** The free slots, or the one already reserved for this student, as form-js reads its choices ({@code valuesKey}). */
    private org.camunda.spin.plugin.variable.value.JsonValue options(String roundId, String studentId) {
        var reserved = rounds.booked(roundId, studentId);
        if (reserved.isPresent()) {
            var array = org.camunda.spin.Spin.JSON("[]");
            array.append(org.camunda.spin.Spin.JSON("{}").prop("label", reservedLabel(reserved.get()))
                    .prop("value", reserved.get().id()));
            return org.camunda.spin.plugin.variable.SpinValues.jsonValue(array).create();
        }
        return options(roundId);
    }

    /** The free slots as the JSON array form-js reads its choices from ({@code valuesKey}). */
    private org.camunda.spin.plugin.variable.value.JsonValue options(String roundId) {
        var array = org.camunda.spin.Spin.JSON("[]");
        for (Slot s : rounds.available(roundId, now())) {
            array.append(org.camunda.spin.Spin.JSON("{}").prop("label", ConferenceRounds.label(s)).prop("value", s.id()));
        }
        return org.camunda.spin.plugin.variable.SpinValues.jsonValue(array).create();
    }

    /** The round of this process, checked to be this class's round: a crafted submission cannot point elsewhere. */
    private String round(DelegateTask task) {
        String roundId = (String) task.getVariable("roundId");
        ClassYearKey key = ClassYearKey.parse(task.getExecution().getProcessBusinessKey());
        Integer matches = jdbc.queryForObject("select count(*) from app.conference_round where id = :r and school_id = :s "
                + "and class_code = :c and school_year = :y", Map.of("r", String.valueOf(roundId), "s", key.schoolId(),
                        "c", key.classCode(), "y", key.year().toString()), Integer.class);
        if (matches == null || matches != 1) {
            throw FormInput.refused("Samtalerunden findes ikke for denne klasse.");
        }
        return roundId;
    }

    private static String bookedBy(DelegateTask task) {
        return ActingUser.idOr(task.getAssignee() != null ? task.getAssignee() : "ukendt");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock.withZone(DanishDates.ZONE));
    }
}
