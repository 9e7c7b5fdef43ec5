package dk.skolehjem.needstalk;

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
import dk.skolehjem.minutes.DocumentKind;
import dk.skolehjem.minutes.InMemoryDocumentStore;
import dk.skolehjem.minutes.StoredDocument;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path of the needs-based talk (R8, R13): offered and declined, wanted, time changed, requested, no answer. */
@ProcessTest
@Deployment(
        resources = {
            "processes/needs-talk.bpmn",
            "forms/needs-talk-answer.form",
            "forms/needs-talk-team.form",
            "forms/needs-talk-propose.form",
            "forms/needs-talk-accept.form",
            "forms/needs-talk-record.form"
        })
class NeedsTalkProcessTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    private final ProcessEngine engine;
    private final InMemoryDocumentStore documents;
    private final ProcessSteps steps;

    NeedsTalkProcessTest(ProcessEngine engine, InMemoryDocumentStore documents, ProcessSteps steps) {
        this.engine = engine;
        this.documents = documents;
        this.steps = steps;
    }

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        setNow(LocalDateTime.of(2027, 2, 1, 9, 0));
    }

    @Test
    void offeredAndWantedByTheGuardians_aTimeIsAgreedAndTheTalkIsMinuted() {
        ProcessInstance pi = offer();
        assertThat(pi).isWaitingAt("guardiansAnswer", "teamAnswers");
        var answer = task("guardiansAnswer", pi);
        assertThat(candidates(answer.getId())).containsExactly("mor1");
        assertThat(answer.getDueDate()).isEqualTo(at(2027, 2, 15, 23, 59));
        complete(answer, withVariables("wantTalk", true, "guardiansAbout", "Venskaber"));
        complete(task("teamAnswers", pi), withVariables("teamWantsTalk", false));
        assertThat(pi).isWaitingAt("proposeTime");
        complete(task(pi), withVariables("talkDate", "2027-02-10", "talkTime", "15:00", "talkPlace", "Mødelokale 1"));
        complete(task("acceptTime", pi), withVariables("timeAccepted", false, "alternativeTime", "Onsdag kl. 16"));
        assertThat(pi).isWaitingAt("proposeTime");
        complete(task(pi), withVariables("talkDate", "2027-02-10", "talkTime", "16:00", "talkPlace", "Mødelokale 1"));
        complete(task("acceptTime", pi), withVariables("timeAccepted", true));
        assertThat(job(pi)).hasDueDate(at(2027, 2, 10, 16, 0));
        setNow(LocalDateTime.of(2027, 2, 10, 16, 0));
        execute(job(pi));
        var record = task("recordTalk", pi);
        assertThatThrownBy(() -> engine.getTaskService()
                        .complete(
                                record.getId(),
                                Map.of(
                                        "summary",
                                        "Vi talte om venskaber i klassen",
                                        "agreements",
                                        "Klasseteamet: makkerordning i frikvarteret",
                                        "present",
                                        Checklists.ticked("guardian:mor1", "team"))))
                .as("the talk ends with the next focus point")
                .hasMessageContaining("Feltet 'Næste fokuspunkt' skal udfyldes.");
        complete(
                record,
                withVariables(
                        "summary",
                        "Vi talte om venskaber i klassen",
                        "agreements",
                        "Klasseteamet: makkerordning i frikvarteret",
                        "nextFocus",
                        "Legen i frikvarteret",
                        "present",
                        Checklists.ticked("guardian:mor1", "team")));
        execute(job("write-message-book", pi));
        execute(job("write-minutes", pi));
        assertThat(pi).isEnded().hasPassed("end-needs-talk");
        assertThat(messageBook())
                .singleElement()
                .asString()
                .contains("NEEDS_TALK", "makkerordning", "\"nextFocus\":\"Legen i frikvarteret\"");
        assertThat(minutesText().replaceAll("\\s+", " "))
                .contains(
                        "Næste fokuspunkt",
                        "Legen i frikvarteret",
                        "Mor Et forælder Til stede",
                        "Elev e1 elev Fraværende");
        assertThat(documents.documents.values())
                .extracting(StoredDocument::kind)
                .containsExactly(DocumentKind.MINUTES);
    }

    @Test
    void aProposedTimeTheFamilyNeverAnswers_theTeamIsTold_andTheFamilyCanStillAnswer() {
        ProcessInstance pi = offer();
        complete(task("guardiansAnswer", pi), withVariables("wantTalk", true, "guardiansAbout", "Venskaber"));
        complete(task("teamAnswers", pi), withVariables("teamWantsTalk", false));
        complete(task(pi), withVariables("talkDate", "2027-02-10", "talkTime", "15:00", "talkPlace", "Mødelokale 1"));
        assertThat(pi).isWaitingAt("acceptTime");
        assertThat(job("accept-silent", pi))
                .as("the family's deadline (three days in Smørum's principle) and as long again")
                .hasDueDate(at(2027, 2, 7, 9, 0));
        steps.clear();
        setNow(LocalDateTime.of(2027, 2, 7, 9, 0));
        execute(job("accept-silent", pi));
        assertThat(pi).hasPassed("notify-accept-silent", "end-team-told").isWaitingAt("acceptTime");
        assertThat(steps.of(ProcessSteps.NOTIFY))
                .extracting(s -> s.variable("notifyAudience"))
                .containsExactly("TEAM");
        complete(task("acceptTime", pi), withVariables("timeAccepted", true));
        assertThat(pi).isWaitingAt("wait-talk");
    }

    @Test
    void offeredAndNobodyWantsIt_itIsRecordedAsOfferedAndDeclined() {
        ProcessInstance pi = offer();
        complete(task("guardiansAnswer", pi), withVariables("wantTalk", false));
        complete(task("teamAnswers", pi), withVariables("teamWantsTalk", false));
        assertThat(pi).isEnded().hasPassed("end-declined").hasNotPassed("proposeTime");
    }

    @Test
    void noAnswerFromTheGuardians_theTeamsWishStillCounts() {
        ProcessInstance pi = offer();
        complete(task("teamAnswers", pi), withVariables("teamWantsTalk", true, "teamAbout", "Fravær"));
        setNow(LocalDateTime.of(2027, 2, 16, 8, 0));
        execute(job("no-answer", pi));
        assertThat(pi).isWaitingAt("proposeTime").hasPassed("no-answer");
    }

    @Test
    void requestedAtAnyTime_itGoesStraightToFindingATime() {
        ProcessInstance pi = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "needs-talk",
                        "2026-27:demo:5.A:e1",
                        Map.of(
                                "schoolId",
                                "demo",
                                "schoolName",
                                "Demoskolen",
                                "policyId",
                                "distriktsskole-smorum",
                                "offered",
                                false,
                                "requestedBy",
                                "mor1",
                                "requestAbout",
                                "Vi vil gerne tale om lektier"));
        assertThat(pi).isWaitingAt("proposeTime").hasNotPassed("guardiansAnswer");
        assertThatThrownBy(() -> engine.getTaskService()
                        .complete(
                                task(pi).getId(),
                                Map.of("talkDate", "2027-01-10", "talkTime", "15:00", "talkPlace", "Telefon")))
                .hasMessageContaining("Datoen er overskredet");
        assertThatThrownBy(() -> engine.getTaskService()
                        .complete(
                                task(pi).getId(),
                                Map.of("talkDate", "2027-08-02", "talkTime", "15:00", "talkPlace", "Telefon")))
                .hasMessageContaining("Datoen ligger efter skoleårets sidste dag (31. juli 2027)");
        assertThat(pi).isWaitingAt("proposeTime");
    }

    /** The message book entries the process handed on. */
    /** The text of the minutes' PDF, as the family reads it. */
    private String minutesText() {
        return dk.skolehjem.minutes.PdfReading.text(
                documents.content(documents.documents.keySet().iterator().next()));
    }

    private List<Object> messageBook() {
        return steps.of(ProcessSteps.MESSAGE_BOOK).stream()
                .map(s -> s.variable("messageBookEntry"))
                .toList();
    }

    private ProcessInstance offer() {
        return engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "needs-talk",
                        "2026-27:demo:5.A:e1",
                        Map.of(
                                "schoolId",
                                "demo",
                                "schoolName",
                                "Demoskolen",
                                "policyId",
                                "distriktsskole-smorum",
                                "offered",
                                true));
    }

    private List<String> candidates(String taskId) {
        return engine.getTaskService().getIdentityLinksForTask(taskId).stream()
                .filter(l -> "candidate".equals(l.getType()))
                .map(IdentityLink::getUserId)
                .toList();
    }

    private static void setNow(LocalDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.atZone(CPH).toInstant()));
    }

    private static Date at(int y, int m, int d, int h, int min) {
        return Date.from(LocalDateTime.of(y, m, d, h, min).atZone(CPH).toInstant());
    }
}
