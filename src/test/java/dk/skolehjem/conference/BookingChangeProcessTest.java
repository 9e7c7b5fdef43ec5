package dk.skolehjem.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.skolehjem.ProcessSteps;
import dk.skolehjem.ProcessTest;
import dk.skolehjem.engine.Booking;
import dk.skolehjem.engine.Choice;
import dk.skolehjem.roster.ClassYearKey;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A family changes or cancels its booked conference until the booking deadline (6 November, that day included): the
 * slots change at once, the class team is told, the reminder and the wait for the conference follow the new time,
 * and a cancelled booking goes back to the family's booking task.
 */
@ProcessTest
@Deployment(
        resources = {
            "processes/conference-round.bpmn",
            "processes/conference.bpmn",
            "forms/conference-round.form",
            "forms/pre-conference.form",
            "forms/conference-assign.form",
            "forms/conference-prepare.form",
            "forms/conference-record.form",
            "bpmn/concern-stub.bpmn"
        })
class BookingChangeProcessTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final ClassYearKey E1 = ClassYearKey.parse("2026-27:demo:5.A:e1");
    private static final String FIRST = "mandag den 9. november 2026 kl. 14.00-14.20";
    private static final String FOURTH = "mandag den 9. november 2026 kl. 15.00-15.20";

    private final ProcessEngine engine;
    private final ProcessSteps steps;
    private final JdbcTemplate jdbc;
    private final ConferenceModule module;

    BookingChangeProcessTest(ProcessEngine engine, ProcessSteps steps, JdbcTemplate jdbc, ConferenceModule module) {
        this.engine = engine;
        this.steps = steps;
        this.jdbc = jdbc;
        this.module = module;
    }

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        jdbc.update("delete from app.conference_slot");
        jdbc.update("delete from app.conference_round");
        setNow(LocalDateTime.of(2026, 10, 1, 9, 0));
    }

    @Test
    void theFamilySeesItsBookingWithItsAnswers_changeableUntilTheDeadline() {
        ProcessInstance pi = booked();
        assertThat(module.bookings(E1)).singleElement().satisfies(b -> {
            assertThat(b.what()).isEqualTo("Skole-hjem-samtale");
            assertThat(b.when()).isEqualTo(FIRST);
            assertThat(b.where()).isEqualTo("Klasselokalet 5.A");
            assertThat(b.who()).isEqualTo("Klasseteamet 5.A");
            assertThat(b.answers())
                    .containsExactly(
                            Map.entry("Hvad vil I gerne tale om?", "Venskaber"),
                            Map.entry("Jeg vil gerne have en tolk", "Ja"),
                            Map.entry("Sprog", "Somali"));
            assertThat(b.changeUntil()).isEqualTo(LocalDate.of(2026, 11, 6));
            assertThat(b.changeable()).isTrue();
            assertThat(b.ref()).isEqualTo(pi.getId());
        });
        assertThat(module.bookings(ClassYearKey.parse("2026-27:demo:5.A:e2")))
                .as("e2 has not booked yet: the booking task is on the page, not a booking")
                .isEmpty();
        assertThat(module.freeTimes(E1, pi.getId()))
                .extracting(Choice::label)
                .doesNotContain(FIRST)
                .contains(FOURTH);
    }

    @Test
    void aChangeBeforeTheDeadline_movesTheSlotTellsTheTeamAndReArmsTheTimers() {
        ProcessInstance pi = booked();
        String fourth = slotLabelled(pi, FOURTH);
        module.changeBooking(E1, pi.getId(), fourth, "mor1");

        assertThat(bookedStudent(FIRST)).as("the old slot is free at once").isNull();
        assertThat(bookedStudent(FOURTH)).isEqualTo("e1");
        assertThat(pi).hasPassed("booking-changed", "notify-team-changed").isWaitingAt("wait-day-before");
        assertThat(notified())
                .containsExactly(
                        "GUARDIANS_OF_STUDENT:BOOKING_CONFIRMED: Skole-hjem-samtale for Elev e1: " + FIRST,
                        "TEAM:BOOKING_CHANGED: Ny tid til skole-hjem-samtalen for Elev e1",
                        "GUARDIANS_OF_STUDENT:BOOKING_CONFIRMED: Skole-hjem-samtale for Elev e1: " + FOURTH);
        assertThat((String) steps.of(ProcessSteps.NOTIFY).get(1).local("notificationBody"))
                .isEqualTo("Familien til Elev e1 har ændret tiden fra " + FIRST + " til " + FOURTH + ".");
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processInstanceId(pi.getId())
                        .count())
                .as("one timer, at the new time")
                .isEqualTo(1);
        assertThat(job(pi)).hasDueDate(at(2026, 11, 8, 15, 0));

        setNow(LocalDateTime.of(2026, 11, 8, 15, 0));
        execute(job(pi));
        assertThat(task(pi)).hasDefinitionKey("prepareWithStudent");
        complete(task(pi), withVariables("studentProud", "Læsning", "studentImprove", "Brøker"));
        assertThat(job(pi)).as("the conference begins at the new time").hasDueDate(at(2026, 11, 9, 15, 0));
    }

    @Test
    void aCancelledBooking_freesTheSlotAndGoesBackToTheFamilysBookingTask() {
        ProcessInstance pi = booked();
        module.cancelBooking(E1, pi.getId(), "mor1");

        assertThat(bookedStudent(FIRST)).isNull();
        assertThat(pi).hasPassed("booking-cancelled", "notify-team-cancelled").isWaitingAt("bookConference");
        Task again = task("bookConference", pi);
        assertThat(again).as("the deadline it had").hasDueDate(at(2026, 11, 6, 23, 59));
        assertThat((String) steps.of(ProcessSteps.NOTIFY).get(1).local("notificationBody"))
                .startsWith("Familien til Elev e1 har aflyst samtalen " + FIRST + ".");
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "conferenceStart"))
                .as("no time on the family's calendar any more")
                .isNull();
        assertThat(module.bookings(E1)).isEmpty();
        assertThat(OfferedSlots.first(engine, again))
                .as("the freed slot is offered again")
                .isEqualTo(slotId(FIRST));
    }

    @Test
    void afterTheDeadline_aChangeOrCancellationIsRefusedAndNothingChanges() {
        ProcessInstance pi = booked();
        String fourth = slotLabelled(pi, FOURTH);
        setNow(LocalDateTime.of(2026, 11, 6, 23, 0));
        assertThat(module.bookings(E1).get(0).changeable())
                .as("the deadline day itself")
                .isTrue();

        setNow(LocalDateTime.of(2026, 11, 7, 8, 0));
        assertThat(module.bookings(E1))
                .singleElement()
                .extracting(Booking::changeable)
                .isEqualTo(false);
        assertThatThrownBy(() -> module.changeBooking(E1, pi.getId(), fourth, "mor1"))
                .hasMessage("Fristen for at ændre tiden var 6. november 2026. Kontakt klasseteamet.");
        assertThatThrownBy(() -> module.cancelBooking(E1, pi.getId(), "mor1"))
                .hasMessage("Fristen for at ændre tiden var 6. november 2026. Kontakt klasseteamet.");
        assertThat(bookedStudent(FIRST)).isEqualTo("e1");
        assertThat(bookedStudent(FOURTH)).isNull();
        assertThat(pi).isWaitingAt("wait-day-before").hasNotPassed("booking-changed", "booking-cancelled");
    }

    @Test
    void aSlotAnotherFamilyHas_isRefusedAndTheFamilyKeepsItsTime() {
        ProcessInstance pi = booked();
        Task other = task("bookConference", conference("e2"));
        String fourth = slotLabelled(pi, FOURTH);
        complete(other, withVariables("slot", fourth));
        assertThatThrownBy(() -> module.changeBooking(E1, pi.getId(), fourth, "mor1"))
                .hasMessage("Tiden er lige blevet booket af en anden familie. Vælg en anden tid.");
        assertThat(bookedStudent(FIRST)).isEqualTo("e1");
        assertThat(bookedStudent(FOURTH)).isEqualTo("e2");
        assertThatThrownBy(() -> module.changeBooking(
                        ClassYearKey.parse("2026-27:demo:5.A:e2"), pi.getId(), slotId(FOURTH), "far2"))
                .as("another child's booking is not found through this child")
                .hasMessage("Bookingen findes ikke længere. Kontakt klasseteamet.");
    }

    /** e1's family has booked the first time, with answers and an interpreter wish; 5.A's round is published. */
    private ProcessInstance booked() {
        ProcessInstance round = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "conference-round",
                        "2026-27:demo:5.A",
                        Map.of(
                                "schoolId",
                                "demo",
                                "schoolName",
                                "Demoskolen",
                                "classCode",
                                "5.A",
                                "schoolYear",
                                "2026-27",
                                "policyId",
                                "distriktsskole-smorum"));
        complete(task(round), plan());
        ProcessInstance pi = conference("e1");
        Task booking = task("bookConference", pi);
        complete(
                booking,
                withVariables(
                        "slot",
                        OfferedSlots.first(engine, booking),
                        "wantToTalkAbout",
                        "Venskaber",
                        "interpreterNeeded",
                        true,
                        "interpreterLanguage",
                        "somali"));
        assertThat(pi).isWaitingAt("wait-day-before");
        return pi;
    }

    private static Map<String, Object> plan() {
        return new HashMap<>(Map.of(
                "firstDay", "2026-11-09",
                "lastDay", "2026-11-10",
                "dailyStart", "14:00",
                "dailyEnd", "16:00",
                "slotMinutes", 20L,
                "place", "Klasselokalet 5.A",
                "format", "individuel",
                "bookingDeadline", "2026-11-06"));
    }

    private ProcessInstance conference(String student) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey("2026-27:demo:5.A:" + student)
                .processDefinitionKey("conference")
                .singleResult();
    }

    private String slotLabelled(ProcessInstance pi, String label) {
        return module.freeTimes(E1, pi.getId()).stream()
                .filter(c -> c.label().equals(label))
                .map(Choice::value)
                .findFirst()
                .orElseThrow();
    }

    private String slotId(String label) {
        return jdbc.queryForList("select id, starts_at from app.conference_slot").stream()
                .filter(r -> ConferenceRounds.label(new Slot(
                                (String) r.get("ID"), ((java.sql.Timestamp) r.get("STARTS_AT")).toLocalDateTime(), 20))
                        .equals(label))
                .map(r -> (String) r.get("ID"))
                .findFirst()
                .orElseThrow();
    }

    private String bookedStudent(String label) {
        return jdbc.queryForObject(
                "select booked_student from app.conference_slot where id = ?", String.class, slotId(label));
    }

    /** The notify steps the process passed, as audience:kind: subject. */
    private List<String> notified() {
        return steps.of(ProcessSteps.NOTIFY).stream()
                .map(s -> s.local("notifyAudience") + ":" + s.local("notificationKind") + ": "
                        + s.local("notificationSubject"))
                .toList();
    }

    private static void setNow(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(CPH).toInstant()));
    }

    private static Date at(int y, int m, int d, int h, int min) {
        return Date.from(LocalDateTime.of(y, m, d, h, min).atZone(CPH).toInstant());
    }
}
