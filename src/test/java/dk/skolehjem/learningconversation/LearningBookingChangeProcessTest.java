package dk.skolehjem.learningconversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.skolehjem.ProcessTest;
import dk.skolehjem.conference.OfferedSlots;
import dk.skolehjem.engine.Choice;
import dk.skolehjem.roster.ClassYearKey;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
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

/** The learning conversation's booking changes and cancels like the conference's, through its own module. */
@ProcessTest
@Deployment(
        resources = {
            "processes/learning-round.bpmn",
            "processes/learning-conversation.bpmn",
            "forms/learning-round.form",
            "forms/learning-choice.form",
            "forms/learning-booking.form",
            "forms/learning-record.form",
            "forms/conference-assign.form"
        })
class LearningBookingChangeProcessTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final ClassYearKey E1 = ClassYearKey.parse("2026-27:demo:5.A:e1");

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final LearningConversationModule module;

    LearningBookingChangeProcessTest(ProcessEngine engine, JdbcTemplate jdbc, LearningConversationModule module) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.module = module;
    }

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        jdbc.update("delete from app.conference_slot");
        jdbc.update("delete from app.conference_round");
        ClockUtil.setCurrentTime(at(2027, 1, 11, 9, 0));
    }

    @Test
    void theFamilyChangesTheTime_theReminderFollows_thenCancelsAndBooksAgain() {
        ProcessInstance pi = booked();
        assertThat(module.bookings(E1)).singleElement().satisfies(b -> {
            assertThat(b.what()).isEqualTo("Elevstyret læringssamtale");
            assertThat(b.when()).isEqualTo("tirsdag den 2. februar 2027 kl. 14.00-14.20");
            assertThat(b.answers())
                    .containsExactly(Map.entry("Jeg vil gerne have en tolk", "Ja"), Map.entry("Sprog", "Arabisk"));
        });
        Choice later = module.freeTimes(E1, pi.getId()).stream()
                .filter(c -> c.label().equals("onsdag den 3. februar 2027 kl. 15.00-15.20"))
                .findFirst()
                .orElseThrow();
        module.changeBooking(E1, pi.getId(), later.value(), "mor1");
        assertThat(pi).hasPassed("notify-team-changed").isWaitingAt("wait-learning-day-before");
        assertThat(job(pi)).hasDueDate(at(2027, 2, 2, 15, 0));
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "slotLabel"))
                .isEqualTo("onsdag den 3. februar 2027 kl. 15.00-15.20");

        module.cancelBooking(E1, pi.getId(), "mor1");
        assertThat(pi).hasPassed("notify-team-cancelled").isWaitingAt("bookLearning");
        assertThat(task("bookLearning", pi)).hasDueDate(at(2027, 1, 25, 23, 59));
        assertThat(module.bookings(E1)).isEmpty();
    }

    private ProcessInstance booked() {
        ProcessInstance round = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "learning-round",
                        "2026-27:demo:5.A",
                        Map.of(
                                "schoolId", "demo",
                                "schoolName", "Demoskolen",
                                "classCode", "5.A",
                                "schoolYear", "2026-27",
                                "policyId", "skole-med-meddelelsesbog-og-laeringssamtaler"));
        complete(
                task(round),
                new HashMap<>(Map.of(
                        "firstDay", "2027-02-02",
                        "lastDay", "2027-02-03",
                        "dailyStart", "14:00",
                        "dailyEnd", "16:00",
                        "slotMinutes", 20L,
                        "place", "Klasselokalet 5.A",
                        "format", "individuel",
                        "bookingDeadline", "2027-01-25")));
        ProcessInstance pi = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("learning-conversation")
                .processInstanceBusinessKey(E1.toString())
                .singleResult();
        complete(task(pi), withVariables("studentShows", "Min model", "studentWhy", "Jeg er stolt af den"));
        Task booking = task("bookLearning", pi);
        complete(
                booking,
                withVariables(
                        "slot",
                        OfferedSlots.first(engine, booking),
                        "interpreterNeeded",
                        true,
                        "interpreterLanguage",
                        "arabisk"));
        return pi;
    }

    private static Date at(int y, int m, int d, int h, int min) {
        return Date.from(LocalDateTime.of(y, m, d, h, min).atZone(CPH).toInstant());
    }
}
