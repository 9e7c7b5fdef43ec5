package dk.skolehjem.learningconversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.skolehjem.ProcessTest;
import dk.skolehjem.conference.OfferedSlots;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The class's round of learning conversations (R9): the team publishes it inside the calendar year's first quarter,
 * every student gets their own conversation, and the round ends when the last one has ended.
 */
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
class LearningRoundProcessTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final String POLICY = "skole-med-meddelelsesbog-og-laeringssamtaler";

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;

    LearningRoundProcessTest(ProcessEngine engine, JdbcTemplate jdbc) {
        this.engine = engine;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        jdbc.update("delete from app.conference_slot");
        jdbc.update("delete from app.conference_round");
        setNow(LocalDateTime.of(2026, 12, 7, 9, 0));
    }

    @Test
    void theTeamPublishesBeforeTheBookingPeriod_andEveryStudentGetsTheirOwnConversation() {
        ProcessInstance round = startRound();
        assertThat(task(round))
                .hasDefinitionKey("publishRound")
                .hasCandidateGroup("team-demo-5a")
                .hasName("Offentliggør læringssamtalerne – 5.A");
        assertThat(task(round).getDueDate())
                .as("before the families' booking period in January")
                .isNotNull()
                .isBefore(
                        Date.from(LocalDateTime.of(2027, 1, 4, 0, 0).atZone(CPH).toInstant()));
        complete(task(round), plan("2027-02-02", "2027-02-03", "2027-01-25"));
        assertThat(round).isWaitingAt("conversations");
        List<ProcessInstance> conversations = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("learning-conversation")
                .list();
        assertThat(conversations)
                .extracting(ProcessInstance::getBusinessKey)
                .containsExactlyInAnyOrder("2026-27:demo:5.A:e1", "2026-27:demo:5.A:e2");
        assertThat(engine.getRuntimeService().getVariable(conversations.get(0).getId(), "bookingDeadline"))
                .isEqualTo(Date.from(
                        LocalDateTime.of(2027, 1, 25, 23, 59).atZone(CPH).toInstant()));
    }

    @Test
    void aLearningRoundIsAlwaysIndividual_soTasklistsReadOnlyFieldNeedsNoAnswer() {
        ProcessInstance round = startRound();
        assertThat(engine.getTaskService().getVariableLocal(task(round).getId(), "format"))
                .isEqualTo("individuel");
        Map<String, Object> asTasklistSendsIt = plan("2027-02-02", "2027-02-03", "2027-01-25");
        asTasklistSendsIt.remove("format");
        complete(task(round), asTasklistSendsIt);
        assertThat(round).isWaitingAt("conversations");
    }

    @Test
    void theRoundMustLieInTheCalendarYearsFirstQuarter() {
        ProcessInstance round = startRound();
        assertThatThrownBy(() -> engine.getTaskService()
                        .complete(task(round).getId(), plan("2027-04-06", "2027-04-07", "2027-03-30")))
                .hasMessageContaining("Skolens princip lægger læringssamtalerne mellem");
        assertThat(round).isWaitingAt("publishRound");
    }

    @Test
    void aRoundStartedLateGetsTwoSchoolDays() {
        setNow(LocalDateTime.of(2027, 1, 11, 9, 0));
        ProcessInstance round = startRound();
        assertThat(task(round))
                .hasDueDate(Date.from(
                        LocalDateTime.of(2027, 1, 13, 23, 59).atZone(CPH).toInstant()));
    }

    @Test
    void theRoundEndsWhenTheLastConversationHasEnded() {
        ProcessInstance round = startRound();
        complete(task(round), plan("2027-02-02", "2027-02-03", "2027-01-25"));
        List<ProcessInstance> conversations = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("learning-conversation")
                .list();
        for (ProcessInstance conversation : conversations) {
            complete(task(conversation), withVariables("studentShows", "Min tegning", "studentWhy", "Den er flot"));
            var booking = task("bookLearning", conversation);
            complete(booking, withVariables("slot", OfferedSlots.first(engine, booking)));
        }
        setNow(LocalDateTime.of(2027, 2, 3, 18, 0));
        for (ProcessInstance conversation : conversations) {
            assertThat(round).isNotEnded();
            execute(job("wait-learning-day-before", conversation));
            execute(job("wait-learning", conversation));
            complete(task(conversation), withVariables("attended", false, "newSlot", false, "noShowReason", "Syg"));
            assertThat(conversation).isEnded();
        }
        assertThat(round).isEnded().hasPassed("end-learning-round");
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

    private static Map<String, Object> plan(String first, String last, String deadline) {
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
                deadline));
    }

    private static void setNow(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(CPH).toInstant()));
    }
}
