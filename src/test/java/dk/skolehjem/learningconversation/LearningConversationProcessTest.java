package dk.skolehjem.learningconversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.skolehjem.Checklists;
import dk.skolehjem.ProcessSteps;
import dk.skolehjem.ProcessTest;
import dk.skolehjem.conference.OfferedSlots;
import dk.skolehjem.minutes.InMemoryDocumentStore;
import dk.skolehjem.minutes.StoredDocument;
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

/** Student-led learning conversations (R9, R10) with the principle of seed 001, every path. */
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
class LearningConversationProcessTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final String POLICY = "skole-med-meddelelsesbog-og-laeringssamtaler";

    private final ProcessEngine engine;
    private final InMemoryDocumentStore documents;
    private final ProcessSteps steps;
    private final JdbcTemplate jdbc;

    LearningConversationProcessTest(
            ProcessEngine engine, InMemoryDocumentStore documents, ProcessSteps steps, JdbcTemplate jdbc) {
        this.engine = engine;
        this.documents = documents;
        this.steps = steps;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        jdbc.update("delete from app.conference_slot");
        jdbc.update("delete from app.conference_round");
        setNow(LocalDateTime.of(2027, 1, 11, 9, 0));
    }

    @Test
    void theStudentChoosesTheFamilyBooksTheStudentLeads_andTheParentsAreInformedASecondTime() {
        ProcessInstance round = startRound();
        complete(task(round), plan("2027-02-02", "2027-02-03"));
        ProcessInstance pi = conversation("e1");
        assertThat(task(pi)).hasDefinitionKey("recordChoice").hasCandidateGroup("team-demo-5a");
        complete(
                task(pi),
                withVariables("studentShows", "Min model af solsystemet", "studentWhy", "Jeg er stolt af den"));
        Task booking = task("bookLearning", pi);
        String slot = OfferedSlots.first(engine, booking);
        assertThatThrownBy(() -> engine.getTaskService()
                        .complete(
                                booking.getId(),
                                java.util.Map.of(
                                        "slot", slot, "interpreterNeeded", true, "interpreterLanguage", "elvisk")))
                .hasMessageContaining("Vælg tolkens sprog i listen");
        complete(booking, withVariables("slot", slot, "interpreterNeeded", true, "interpreterLanguage", "arabisk"));
        assertThat(engine.getRuntimeService().getVariable(pi.getId(), "interpreterLanguage"))
                .isEqualTo("arabisk");
        assertThat(pi).isWaitingAt("wait-learning-day-before");
        assertThat(job(pi))
                .hasDueDate(java.util.Date.from(
                        LocalDateTime.of(2027, 2, 1, 14, 0).atZone(CPH).toInstant()));
        setNow(LocalDateTime.of(2027, 2, 1, 14, 0));
        execute(job(pi));
        assertThat(notified()).contains("REMINDER: I morgen: læringssamtale med Elev e1");
        assertThat(pi).isWaitingAt("wait-learning");
        setNow(LocalDateTime.of(2027, 2, 2, 14, 0));
        execute(job(pi));
        Map<String, Object> held = new java.util.HashMap<>(Map.of(
                "attended",
                true,
                "shown",
                "Solsystemet med planeternes afstande",
                "feedback",
                "Flot fortalt",
                "goalMath",
                "Store tal og afstande",
                "goalSocial",
                "Hjælper makkeren",
                "agreements",
                "Eleven: regner en afstand om ugen",
                "present",
                Checklists.ticked("guardian:mor1", "student", "team")));
        Task record = task(pi);
        assertThatThrownBy(() -> engine.getTaskService().complete(record.getId(), held))
                .as("a conversation held ends with the next focus point")
                .hasMessageContaining("Feltet 'Næste fokuspunkt' skal udfyldes.");
        held.put("nextFocus", "Afstande i rummet");
        complete(record, held);
        execute(job("write-message-book", pi));
        execute(job("write-minutes", pi));
        assertThat(pi).isEnded();
        assertThat(messageBook())
                .singleElement()
                .asString()
                .contains(
                        "LEARNING_CONVERSATION",
                        "\"parentsInformed\":true",
                        "MATEMATIK",
                        "Store tal og afstande",
                        "\"nextFocus\":\"Afstande i rummet\"",
                        "\"attendance\":\"Mor Et (forælder), Elev e1 (elev), Klasseteamet (klasseteam)\"");
        assertThat(documents.documents.values())
                .extracting(StoredDocument::title)
                .containsExactly("Referat – Elevstyret læringssamtale");
    }

    @Test
    void aFamilyThatDoesNotComeGetsANewTimeToBook_withAFreshDeadline() {
        ProcessInstance pi = bookedAndHeld("e1");
        assertThatThrownBy(() -> engine.getTaskService().complete(task(pi).getId(), Map.of("attended", false)))
                .hasMessageContaining("Vælg ja eller nej i feltet 'Familien skal have en ny tid'.");
        complete(task(pi), withVariables("attended", false, "newSlot", true));
        assertThat(pi).hasPassed("release-slot").isWaitingAt("bookLearning");
        Task again = task("bookLearning", pi);
        assertThat(again)
                .as("three school days from Tuesday 2 February")
                .hasDueDate(java.util.Date.from(
                        LocalDateTime.of(2027, 2, 5, 23, 59).atZone(CPH).toInstant()));
        String freed = "tirsdag den 2. februar 2027 kl. 14.00-14.20";
        org.camunda.spin.json.SpinJsonNode options = (org.camunda.spin.json.SpinJsonNode)
                engine.getTaskService().getVariableLocal(again.getId(), "availableSlots");
        assertThat(options.elements())
                .extracting(o -> o.prop("label").stringValue())
                .as("the missed time is over; later ones are offered")
                .doesNotContain(freed)
                .isNotEmpty();
        complete(again, withVariables("slot", OfferedSlots.first(engine, again)));
        assertThat(pi).isWaitingAt("wait-learning-day-before");
        assertThat(messageBook())
                .as("nothing written for a conversation that did not happen")
                .isEmpty();
    }

    @Test
    void aFamilyThatDoesNotComeAndGetsNoNewTime_theReasonIsRecordedAndNothingIsWritten() {
        ProcessInstance pi = bookedAndHeld("e1");
        assertThatThrownBy(() ->
                        engine.getTaskService().complete(task(pi).getId(), Map.of("attended", false, "newSlot", false)))
                .hasMessageContaining("Feltet 'Begrundelse, hvis der ikke gives en ny tid' skal udfyldes.");
        complete(task(pi), withVariables("attended", false, "newSlot", false, "noShowReason", "Familien er rejst"));
        assertThat(pi).isEnded().hasPassed("end-no-show").hasNotPassed("write-message-book", "write-minutes");
        assertThat(messageBook()).isEmpty();
        assertThat(documents.documents).isEmpty();
    }

    @Test
    void noBookingByTheDeadline_theTeamAssignsATime() {
        ProcessInstance round = startRound();
        complete(task(round), plan("2027-02-02", "2027-02-03"));
        ProcessInstance pi = conversation("e2");
        complete(task(pi), withVariables("studentShows", "Min fremlæggelse", "studentWhy", "Den var svær"));
        setNow(LocalDateTime.of(2027, 1, 26, 0, 0));
        execute(job("learning-deadline", pi));
        Task assign = task("assignLearningSlot", pi);
        complete(assign, withVariables("slot", OfferedSlots.first(engine, assign)));
        assertThat(pi).isWaitingAt("wait-learning-day-before");
    }

    /** The message book entries the process handed on. */
    private List<Object> messageBook() {
        return steps.of(ProcessSteps.MESSAGE_BOOK).stream()
                .map(s -> s.variable("messageBookEntry"))
                .toList();
    }

    /** The notify steps the process passed, as kind: subject. */
    private List<String> notified() {
        return steps.of(ProcessSteps.NOTIFY).stream()
                .map(s -> s.local("notificationKind") + ": " + s.local("notificationSubject"))
                .toList();
    }

    /** The student's conversation booked at its first time (Tuesday 2 February, 14:00) and now beginning. */
    private ProcessInstance bookedAndHeld(String student) {
        ProcessInstance round = startRound();
        complete(task(round), plan("2027-02-02", "2027-02-03"));
        ProcessInstance pi = conversation(student);
        complete(task(pi), withVariables("studentShows", "Min fremlæggelse", "studentWhy", "Den var svær"));
        Task booking = task("bookLearning", pi);
        complete(booking, withVariables("slot", OfferedSlots.first(engine, booking)));
        setNow(LocalDateTime.of(2027, 2, 2, 14, 0));
        execute(job("wait-learning-day-before", pi));
        execute(job("wait-learning", pi));
        assertThat(task(pi)).hasDefinitionKey("recordLearningConversation");
        return pi;
    }

    private ProcessInstance startRound() {
        return engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "learning-round",
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
                                POLICY));
    }

    private ProcessInstance conversation(String student) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("learning-conversation")
                .processInstanceBusinessKey("2026-27:demo:5.A:" + student)
                .singleResult();
    }

    private static Map<String, Object> plan(String first, String last) {
        return new HashMap<>(Map.of(
                "firstDay",
                first,
                "lastDay",
                last,
                "dailyStart",
                "14:00",
                "dailyEnd",
                "16:00",
                "slotMinutes",
                20L,
                "place",
                "Klasselokalet 5.A",
                "format",
                "individuel",
                "bookingDeadline",
                "2027-01-25"));
    }

    private static void setNow(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(CPH).toInstant()));
    }
}
