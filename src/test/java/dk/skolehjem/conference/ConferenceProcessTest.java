package dk.skolehjem.conference;

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
import dk.skolehjem.engine.FamilyTasks;
import dk.skolehjem.minutes.DocumentKind;
import dk.skolehjem.minutes.InMemoryDocumentStore;
import dk.skolehjem.minutes.PdfReading;
import dk.skolehjem.minutes.StoredDocument;
import dk.skolehjem.notification.Notification;
import dk.skolehjem.notification.SentNotifications;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of the conference round and of one student's conference (R5-R7, R10), on an in-memory engine with the
 * roster and slots in the application's tables beside it; the engine clock is moved, never slept.
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
class ConferenceProcessTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    /** A guardian logs in as the webapps authenticate them: in no staff group, with their school as tenant. */
    private static final List<String> NO_GROUPS = List.of();

    private final ProcessEngine engine;
    private final InMemoryDocumentStore documents;
    private final ProcessSteps steps;
    private final SentNotifications sent;
    private final JdbcTemplate jdbc;
    private final FamilyTasks familyTasks;

    ConferenceProcessTest(
            ProcessEngine engine,
            InMemoryDocumentStore documents,
            ProcessSteps steps,
            SentNotifications sent,
            JdbcTemplate jdbc,
            FamilyTasks familyTasks) {
        this.familyTasks = familyTasks;
        this.engine = engine;
        this.documents = documents;
        this.steps = steps;
        this.sent = sent;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        jdbc.update("delete from app.conference_slot");
        jdbc.update("delete from app.conference_round");
        setNow(LocalDateTime.of(2026, 10, 1, 9, 0));
    }

    @Test
    void theRoundIsDueBeforeTheFamiliesBookingPeriod_aLateRoundGetsTwoSchoolDays() {
        setNow(LocalDateTime.of(2026, 8, 20, 9, 0));
        ProcessInstance onTime = startRound();
        assertThat(task(onTime))
                .hasDefinitionKey("publishRound")
                .hasCandidateGroup("team-demo-5a")
                .as("the window opens 15 September and families book for 14 days before")
                .hasDueDate(endOfDay(2026, 9, 1));
        engine.getRuntimeService().deleteProcessInstance(onTime.getId(), "test");
        setNow(LocalDateTime.of(2026, 10, 1, 9, 0));
        assertThat(task(startRound())).hasDueDate(endOfDay(2026, 10, 5));
    }

    @Test
    void theRoundIsPublished_eachStudentGetsAConferenceForTheirOwnFamily() {
        ProcessInstance round = publish();
        assertThat(round).isWaitingAt("conferences");
        List<ProcessInstance> conferences = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("conference")
                .list();
        assertThat(conferences)
                .extracting(ProcessInstance::getBusinessKey)
                .containsExactlyInAnyOrder("2026-27:demo:5.A:e1", "2026-27:demo:5.A:e2");
        Task booking = bookingTask("e1");
        assertThat(booking.getName())
                .as("a family's task is not renamed: the portal says which child")
                .isEqualTo("Book samtaletid og forbered samtalen");
        assertThat(sent.all())
                .filteredOn(n -> n.recipient().equals("mor1"))
                .extracting(Notification::subject)
                .containsExactly("Ny opgave: Book samtaletid og forbered samtalen");
        assertThat(candidates(booking)).as("custody only (L6)").containsExactly("mor1");
        assertThat(booking.getDueDate()).isEqualTo(endOfDay(2026, 11, 6));
        assertThat(engine.getTaskService().getVariables(booking.getId()))
                .as("the family's task sees its own child only")
                .doesNotContainKeys("studentId")
                .containsKey("roundId");
        assertThat(engine.getRuntimeService().getVariable(conference("e1").getId(), "studentName"))
                .isEqualTo("Elev e1");
    }

    @Test
    void aFamilyBooksPreparesAndHasTheConference_messageBookAndMinutesFollow() {
        publish();
        ProcessInstance pi = conference("e1");
        Task booking = bookingTask("e1");
        String slot = firstSlot(booking);
        complete(
                booking,
                withVariables(
                        "slot",
                        slot,
                        "wantToTalkAbout",
                        "Venskaber",
                        "interpreterNeeded",
                        true,
                        "interpreterLanguage",
                        "somali"));
        assertThat(notified()).containsExactly("GUARDIANS_OF_STUDENT:BOOKING_CONFIRMED");
        assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), "slotLabel"))
                .isEqualTo("mandag den 9. november 2026 kl. 14.00-14.20");
        assertThat(pi).isWaitingAt("wait-day-before");
        assertThat(job(pi)).hasDueDate(at(2026, 11, 8, 14, 0));

        setNow(LocalDateTime.of(2026, 11, 8, 14, 0));
        execute(job(pi));
        assertThat(notified()).endsWith("GUARDIANS_OF_STUDENT:REMINDER");
        assertThat(task(pi))
                .hasDefinitionKey("prepareWithStudent")
                .hasCandidateGroup("team-demo-5a")
                .as("a teacher's task says whose it is")
                .hasName("Forbered samtalen med eleven – Elev e1, 5.A");
        sent.clear();
        engine.getTaskService().claim(task(pi).getId(), "laerer5a");
        assertThat(sent.all())
                .extracting(Notification::subject)
                .containsExactly("Ny opgave: Forbered samtalen med eleven – Elev e1, 5.A");
        complete(task(pi), withVariables("studentProud", "Min fremlæggelse", "studentImprove", "Brøker"));
        setNow(LocalDateTime.of(2026, 11, 9, 14, 0));
        execute(job(pi));
        assertThat(task(pi))
                .hasDefinitionKey("recordConference")
                .as("the principle's three days to write it")
                .hasDueDate(endOfDay(2026, 11, 12));
        assertThat(task(pi).getFollowUpDate()).isEqualTo(endOfDay(2026, 11, 10));
        // "afsluttes med en aftale om det næste forløb": a conference held ends with at least one agreement
        Map<String, Object> noAgreement = record(true, false);
        noAgreement.remove("agreements");
        String recordId = task(pi).getId();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> engine.getTaskService().complete(recordId, noAgreement))
                .hasMessageContaining("Feltet 'Aftaler' skal udfyldes.");
        assertThat(((SpinJsonNode) engine.getTaskService().getVariable(recordId, "invited")).elements())
                .extracting(o ->
                        o.prop("label").stringValue() + "=" + o.prop("value").stringValue())
                .as(
                        "the people invited: the guardian with custody by name (not the one without), the student, the team")
                .containsExactly(
                        "Mor Et (forælder)=guardian:mor1", "Elev e1 (elev)=student", "Klasseteamet (klasseteam)=team");
        Map<String, Object> notInvited = record(true, false);
        notInvited.put("present", Checklists.ticked("guardian:far1"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> engine.getTaskService().complete(recordId, notInvited))
                .hasMessageContaining("Vælg en af mulighederne i feltet 'Hvem deltog'.");
        complete(task(pi), record(true, false));
        execute(job("write-message-book", pi));
        execute(job("write-minutes", pi));
        assertThat(messageBook())
                .singleElement()
                .asString()
                .startsWith("2026-27:demo:5.A:e1")
                .contains(
                        "\"source\":\"CONFERENCE\"",
                        "\"parentsInformed\":true",
                        "DANSK",
                        "Læser en kapitelbog",
                        "\"nextFocus\":\"Brøker\"",
                        "\"attendance\":\"Mor Et (forælder), Elev e1 (elev), Klasseteamet (klasseteam)\"")
                .doesNotContain("SPROG");
        String minutes = PdfReading.text(documents.content(
                        documents.documents.keySet().iterator().next()))
                .replaceAll("\\s+", " ");
        assertThat(minutes)
                .as("the minutes say who was there")
                .contains("Mor Et forælder Til stede", "Elev e1 elev Til stede", "Klasseteamet klasseteam Til stede");
        assertThat(pi).isEnded().hasPassed("write-minutes", "end-conference").hasNotPassed("followUpConcern");
        assertThat(documents.documents.values())
                .extracting(StoredDocument::kind)
                .containsExactly(DocumentKind.MINUTES);
        assertThat(documents.documents.values().iterator().next().studentId()).isEqualTo("e1");
        assertThat(notified()).endsWith("GUARDIANS_OF_STUDENT:MINUTES_READY");
    }

    @Test
    void whereThePrincipleHasTheStudentAlwaysTakePart_aConferenceWithoutTheStudentNeedsAReasonInTheBoardsWords() {
        publish();
        ProcessInstance pi = conference("e1");
        complete(bookingTask("e1"), withVariables("slot", firstSlot(bookingTask("e1"))));
        toRecord(pi);
        String recordId = task(pi).getId();
        Map<String, Object> withoutStudent = record(true, false);
        withoutStudent.put("present", Checklists.ticked("guardian:mor1", "team"));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> engine.getTaskService().complete(recordId, withoutStudent))
                .hasMessageContaining("Feltet 'Hvorfor deltog eleven ikke?' skal udfyldes, når eleven ikke deltog")
                .hasMessageContaining("princippet: \"Skole-hjem samtalen er en samtale mellem 3 parter");
        Map<String, Object> nobody = record(true, false);
        nobody.put("present", Checklists.ticked());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> engine.getTaskService().complete(recordId, nobody))
                .hasMessageContaining("Feltet 'Hvem deltog' skal udfyldes");
        withoutStudent.put("studentAbsentReason", "Eleven var syg");
        complete(task(pi), withoutStudent);
        execute(job("write-message-book", pi));
        execute(job("write-minutes", pi));
        assertThat(messageBook())
                .singleElement()
                .asString()
                .contains("\"attendance\":\"Mor Et (forælder), Klasseteamet (klasseteam)\"");
        assertThat(PdfReading.text(documents.content(
                                documents.documents.keySet().iterator().next()))
                        .replaceAll("\\s+", " "))
                .contains("Elev e1 elev Fraværende", "Eleven deltog ikke: Eleven var syg");
    }

    @Test
    void whereTheStudentTakesPartAsNeeded_aConferenceWithoutTheStudentNeedsNoReason() {
        publish();
        ProcessInstance pi = conference("e1");
        complete(bookingTask("e1"), withVariables("slot", firstSlot(bookingTask("e1"))));
        toRecord(pi);
        // Himmelev: "eleven deltager efter behov"
        engine.getRuntimeService().setVariable(pi.getId(), "policyId", "himmelev-skole");
        Map<String, Object> withoutStudent = record(true, false);
        withoutStudent.put("present", Checklists.ticked("guardian:mor1", "team"));
        complete(task(pi), withoutStudent);
        assertThat(pi).isWaitingAt("write-message-book");
    }

    @Test
    void aSlotCannotBeTakenTwice_theSecondFamilyIsToldAndKeepsItsTask() {
        publish();
        String slot = firstSlot(bookingTask("e1"));
        complete(bookingTask("e1"), withVariables("slot", slot));
        Task second = bookingTask("e2");
        assertThatThrownBy(() ->
                        engine.getTaskService().complete(second.getId(), Map.of("slot", slot, "howIsChild", "Godt")))
                .hasMessageContaining("Tiden er lige blevet booket af en anden familie");
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .taskId(second.getId())
                        .count())
                .isEqualTo(1);
        assertThat(firstSlot(refreshed(second))).isNotEqualTo(slot);
    }

    @Test
    void aGroupTalk_isOneTimeForSeveralFamilies_eachWithItsOwnConference_andNeverOverbooked() {
        ProcessInstance round = startRound();
        Map<String, Object> group = plan();
        group.put("lastDay", "2026-11-09");
        group.put("dailyEnd", "14:20");
        group.put("format", "gruppe");
        group.put("familiesPerTime", 2L);
        Map<String, Object> tooMany = new HashMap<>(group);
        tooMany.put("familiesPerTime", 9L);
        assertThatThrownBy(() -> engine.getTaskService().complete(task(round).getId(), tooMany))
                .hasMessageContaining("Feltet 'Familier pr. tid'");
        Map<String, Object> individual = new HashMap<>(group);
        individual.put("format", "individuel");
        assertThatThrownBy(() -> engine.getTaskService().complete(task(round).getId(), individual))
                .as("one time, two students: individual talks do not fit")
                .hasMessageContaining("Der er 1 tider til 2 elever");
        complete(task(round), group);

        Task e1 = bookingTask("e1");
        org.camunda.spin.json.SpinJsonNode options = (org.camunda.spin.json.SpinJsonNode)
                engine.getTaskService().getVariableLocal(e1.getId(), "availableSlots");
        assertThat(options.elements())
                .as("one choice for the shared time")
                .singleElement()
                .satisfies(o -> assertThat(o.prop("label").stringValue())
                        .isEqualTo("mandag den 9. november 2026 kl. 14.00-14.20 – Gruppesamtale for op til 2 familier,"
                                + " 2 pladser ledige"));
        String firstPlace = firstSlot(e1);
        complete(e1, withVariables("slot", firstPlace));

        Task e2 = bookingTask("e2");
        assertThatThrownBy(() ->
                        engine.getTaskService().complete(e2.getId(), Map.of("slot", firstPlace, "howIsChild", "Godt")))
                .as("the place e1's family took is not e2's")
                .hasMessageContaining("Tiden er lige blevet booket af en anden familie");
        String secondPlace = firstSlot(refreshed(e2));
        assertThat(secondPlace).isNotEqualTo(firstPlace);
        org.camunda.spin.json.SpinJsonNode left = (org.camunda.spin.json.SpinJsonNode)
                engine.getTaskService().getVariableLocal(e2.getId(), "availableSlots");
        assertThat(left.elements().get(0).prop("label").stringValue())
                .as("the same time, with one place left; no other family's name")
                .endsWith("Gruppesamtale for op til 2 familier, 1 plads ledig")
                .doesNotContain("Elev");
        complete(refreshed(e2), withVariables("slot", secondPlace));
        assertThat(List.of(conference("e1"), conference("e2")))
                .as("each family its own conference, its own record to come")
                .extracting(ProcessInstance::getId)
                .doesNotHaveDuplicates();
        assertThat(engine.getRuntimeService().getVariable(conference("e2").getId(), "slotLabel"))
                .isEqualTo(
                        engine.getRuntimeService().getVariable(conference("e1").getId(), "slotLabel"));
    }

    @Test
    void siblingsGetTheirConferencesBackToBackWhenTheFamilyAsks() {
        publish();
        publish0A();
        Task e2 = bookingTask("e2");
        assertThat(engine.getTaskService().getVariableLocal(e2.getId(), "hasSiblings"))
                .as("far2 has e3 in 0.A")
                .isEqualTo(true);
        assertThat(engine.getTaskService().getVariableLocal(bookingTask("e1").getId(), "hasSiblings"))
                .isEqualTo(false);

        // far2 answers on "Mit barn": the portal completes the task on his behalf
        assertThat(familyTasks.complete(
                        "far2", NO_GROUPS, e2.getId(), Map.of("slot", firstSlot(e2), "siblingsBackToBack", true)))
                .isEqualTo(FamilyTasks.Outcome.DONE);
        assertThat((String)
                        engine.getRuntimeService().getVariable(conference("e2").getId(), "slotLabel"))
                .isEqualTo("mandag den 9. november 2026 kl. 14.00-14.20");
        ProcessInstance e3 = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey("2026-27:demo:0.A:e3")
                .processDefinitionKey("conference")
                .singleResult();
        Task e3Booking = task("bookConference", e3);
        org.camunda.spin.json.SpinJsonNode options = (org.camunda.spin.json.SpinJsonNode)
                engine.getTaskService().getVariableLocal(e3Booking.getId(), "availableSlots");
        assertThat(options.elements())
                .singleElement()
                .extracting(o -> o.prop("label").stringValue())
                .isEqualTo(
                        "mandag den 9. november 2026 kl. 14.20-14.40 (reserveret lige ved siden af søskendes samtale)");
        complete(
                e3Booking,
                withVariables("slot", options.elements().get(0).prop("value").stringValue()));
        assertThat((String) engine.getRuntimeService().getVariable(e3.getId(), "slotLabel"))
                .isEqualTo("mandag den 9. november 2026 kl. 14.20-14.40");
        assertThat(e3).isWaitingAt("wait-day-before");
        assertThat(familyMessages())
                .as("e3's family is told which time was reserved, by e3's custody guardian only")
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.recipient()).isEqualTo("far2");
                    assertThat(m.subject()).isEqualTo("Samtaletid reserveret til Elev e3");
                    assertThat(m.body()).contains("mandag den 9. november 2026 kl. 14.20-14.40", "Elev e2s samtale");
                });
    }

    @Test
    void aSiblingWhoseClassPublishesLaterGetsTheNeighbouringTimeThen() {
        publish();
        Task e2 = bookingTask("e2");
        // far2 answers on "Mit barn": the portal completes the task on his behalf
        assertThat(familyTasks.complete(
                        "far2", NO_GROUPS, e2.getId(), Map.of("slot", slotAt(e2, 2), "siblingsBackToBack", true)))
                .isEqualTo(FamilyTasks.Outcome.DONE);
        assertThat(familyMessages())
                .as("no round for 0.A yet: nothing reserved")
                .isEmpty();

        publish0A();
        ProcessInstance e3 = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey("2026-27:demo:0.A:e3")
                .processDefinitionKey("conference")
                .singleResult();
        org.camunda.spin.json.SpinJsonNode options = (org.camunda.spin.json.SpinJsonNode) engine.getTaskService()
                .getVariableLocal(task("bookConference", e3).getId(), "availableSlots");
        assertThat(options.elements())
                .singleElement()
                .extracting(o -> o.prop("label").stringValue())
                .isEqualTo(
                        "mandag den 9. november 2026 kl. 15.00-15.20 (reserveret lige ved siden af søskendes samtale)");
        assertThat(familyMessages())
                .singleElement()
                .extracting(Notification::recipient)
                .isEqualTo("far2");
    }

    @Test
    void aSiblingWhoAlreadyHasATimeKeepsIt() {
        publish();
        publish0A();
        ProcessInstance e3 = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey("2026-27:demo:0.A:e3")
                .processDefinitionKey("conference")
                .singleResult();
        Task e3Booking = task("bookConference", e3);
        complete(e3Booking, withVariables("slot", slotAt(e3Booking, 5)));
        String e3Time = (String) engine.getRuntimeService().getVariable(e3.getId(), "slotLabel");

        Task e2 = bookingTask("e2");
        // far2 answers on "Mit barn": the portal completes the task on his behalf
        assertThat(familyTasks.complete(
                        "far2", NO_GROUPS, e2.getId(), Map.of("slot", firstSlot(e2), "siblingsBackToBack", true)))
                .isEqualTo(FamilyTasks.Outcome.DONE);
        assertThat(engine.getRuntimeService().getVariable(e3.getId(), "slotLabel"))
                .isEqualTo(e3Time);
        assertThat(familyMessages()).isEmpty();
        assertThat(conference("e2")).isWaitingAt("wait-day-before");
    }

    @Test
    void anInterpreterWishNeedsALanguageFromTheList_andNoWishLeavesNoLanguageBehind() {
        publish();
        ProcessInstance pi = conference("e1");
        Task booking = bookingTask("e1");
        String slot = firstSlot(booking);
        assertThatThrownBy(() -> engine.getTaskService()
                        .complete(booking.getId(), Map.of("slot", slot, "interpreterNeeded", true)))
                .hasMessageContaining("Sprog");
        assertThatThrownBy(() -> engine.getTaskService()
                        .complete(
                                booking.getId(),
                                Map.of("slot", slot, "interpreterNeeded", true, "interpreterLanguage", "klingon")))
                .hasMessageContaining("Vælg tolkens sprog i listen");
        assertThatThrownBy(() -> engine.getTaskService()
                        .complete(booking.getId(), Map.of("slot", slot, "interpreterNeeded", "måske")))
                .hasMessageContaining("ja eller nej");
        assertThat(pi).isWaitingAt("bookConference");
        complete(booking, withVariables("slot", slot, "interpreterNeeded", false, "interpreterLanguage", "somali"));
        assertThat(engine.getRuntimeService().getVariables(pi.getId()))
                .containsEntry("interpreterNeeded", false)
                .doesNotContainKey("interpreterLanguage");
    }

    @Test
    void theReminderGoesOutBeforeTheDeadline_andWithoutABookingTheTeamAssignsATime() {
        publish();
        ProcessInstance pi = conference("e2");
        setNow(LocalDateTime.of(2026, 11, 5, 9, 0));
        execute(job("booking-reminder", pi));
        assertThat(notified()).containsExactly("GUARDIANS_OF_STUDENT:REMINDER");
        assertThat(pi).isWaitingAt("bookConference");
        setNow(LocalDateTime.of(2026, 11, 7, 0, 0));
        execute(job("booking-deadline", pi));
        Task assign = task("assignSlot", pi);
        assertThat(assign).hasCandidateGroup("team-demo-5a");
        complete(assign, withVariables("slot", firstSlot(assign)));
        assertThat(pi).isWaitingAt("wait-day-before");
    }

    @Test
    void aNoShowGetsANewTimeOrARecordedReason() {
        publish();
        ProcessInstance pi = conference("e1");
        complete(bookingTask("e1"), withVariables("slot", firstSlot(bookingTask("e1"))));
        toRecord(pi);
        complete(task(pi), withVariables("attended", false, "newSlot", true));
        assertThat(pi).isWaitingAt("bookConference").hasPassed("release-slot");
        assertThat(bookingTask("e1").getDueDate())
                .as("the round's deadline has passed: three school days to book again")
                .isEqualTo(endOfDay(2026, 11, 12));
        assertThat(job("booking-deadline", pi)).hasDueDate(endOfDay(2026, 11, 12));
        assertThat(job("booking-reminder", pi)).hasDueDate(at(2026, 11, 11, 9, 0));
        complete(bookingTask("e1"), withVariables("slot", firstSlot(bookingTask("e1"))));
        toRecord(pi);
        assertThatThrownBy(() ->
                        engine.getTaskService().complete(task(pi).getId(), Map.of("attended", false, "newSlot", false)))
                .hasMessageContaining("Begrundelse");
        complete(task(pi), withVariables("attended", false, "newSlot", false, "noShowReason", "Familien er flyttet"));
        assertThat(pi).isEnded().hasPassed("end-no-show").hasNotPassed("write-message-book");
    }

    @Test
    void theRoundEndsWhenEveryStudentsConferenceHasEnded() {
        ProcessInstance round = publish();
        int family = 0;
        for (String student : new String[] {"e1", "e2"}) {
            ProcessInstance pi = conference(student);
            complete(bookingTask(student), withVariables("slot", slotAt(bookingTask(student), family++)));
            toRecord(pi);
            complete(task(pi), withVariables("attended", false, "newSlot", false, "noShowReason", "Syg"));
            assertThat(pi).isEnded();
            if (student.equals("e1")) {
                assertThat(round).as("one family still to go").isWaitingAt("conferences");
            }
        }
        assertThat(round).isEnded().hasPassed("publishRound", "conferences", "end-round");
    }

    @Test
    void aConcernFromTheConference_startsAConcernCaseForTheStudent() {
        publish();
        ProcessInstance pi = conference("e1");
        complete(bookingTask("e1"), withVariables("slot", firstSlot(bookingTask("e1"))));
        toRecord(pi);
        complete(task(pi), record(true, true));
        execute(job("write-message-book", pi));
        execute(job("write-minutes", pi));
        assertThat(pi).isEnded().hasPassed("raise-concern", "end-concern");
        List<String> raised =
                engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("concern").list().stream()
                        .map(c -> c.getBusinessKey() + " "
                                + engine.getRuntimeService().getVariable(c.getId(), "description"))
                        .toList();
        assertThat(raised)
                .singleElement()
                .asString()
                .endsWith(":demo:5.A:e1 Fra skole-hjem-samtalen: Eleven virker trist i frikvartererne");
    }

    @Test
    void aRoundOutsideThePrinciplesWindowOrWithTooFewTimesIsRefused() {
        ProcessInstance round = startRound();
        Task publish = task(round);
        Map<String, Object> late = plan();
        late.put("firstDay", "2027-01-11");
        late.put("lastDay", "2027-01-12");
        assertThatThrownBy(() -> engine.getTaskService().complete(publish.getId(), late))
                .hasMessageContaining(
                        "Skolens princip lægger samtalerne mellem 15. september 2026 og 15. december 2026");
        Map<String, Object> short_ = plan();
        short_.put("lastDay", "2026-11-09");
        short_.put("dailyEnd", "14:20");
        assertThatThrownBy(() -> engine.getTaskService().complete(publish.getId(), short_))
                .hasMessageContaining("Der er 1 tider til 2 elever");
        assertThat(round).isWaitingAt("publishRound");
    }

    /** The notify steps the process passed, as audience:kind. */
    private List<String> notified() {
        return steps.of(ProcessSteps.NOTIFY).stream()
                .map(s -> s.local("notifyAudience") + ":" + s.local("notificationKind"))
                .toList();
    }

    /** The message book entries the process handed on, after their student's business key. */
    private List<String> messageBook() {
        return steps.of(ProcessSteps.MESSAGE_BOOK).stream()
                .map(s -> s.businessKey() + " " + s.variable("messageBookEntry"))
                .toList();
    }

    /** What a family is told outside the process steps: a time reserved next to a sibling's. */
    private List<Notification> familyMessages() {
        return sent.all().stream()
                .filter(n -> n.subject().startsWith("Samtaletid reserveret"))
                .toList();
    }

    private void toRecord(ProcessInstance pi) {
        Date start = (Date) engine.getRuntimeService().getVariable(pi.getId(), "conferenceStart");
        ClockUtil.setCurrentTime(new Date(start.getTime() - 86_400_000L));
        execute(job(pi));
        complete(task(pi), withVariables("studentProud", "Læsning", "studentImprove", "Brøker"));
        ClockUtil.setCurrentTime(start);
        execute(job(pi));
    }

    private static Map<String, Object> record(boolean attended, boolean concern) {
        Map<String, Object> r = new HashMap<>(Map.of(
                "attended",
                attended,
                "strengths",
                "Nysgerrig og hjælpsom",
                "goalDanish",
                "Læser en kapitelbog om måneden",
                "goalLanguage",
                "skal ikke med i 5. klasse",
                "agreements",
                "Forældrene: læser højt hver aften",
                "nextFocus",
                "Brøker",
                "concern",
                concern));
        // as Tasklist sends a checklist: a JSON array of the values ticked
        r.put("present", Checklists.ticked("guardian:mor1", "student", "team"));
        if (concern) {
            r.put("concernNote", "Eleven virker trist i frikvartererne");
        }
        return r;
    }

    private ProcessInstance publish() {
        ProcessInstance round = startRound();
        complete(task(round), plan());
        return round;
    }

    /** 0.A (e3, far2's other child) publishes its round with the same times as 5.A. */
    private void publish0A() {
        ProcessInstance round0a = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "conference-round",
                        "2026-27:demo:0.A",
                        Map.of(
                                "schoolId",
                                "demo",
                                "schoolName",
                                "Demoskolen",
                                "classCode",
                                "0.A",
                                "schoolYear",
                                "2026-27",
                                "policyId",
                                "distriktsskole-smorum"));
        Map<String, Object> plan0a = plan();
        plan0a.put("place", "Klasselokalet 0.A");
        complete(task(round0a), plan0a);
    }

    private ProcessInstance startRound() {
        return engine.getRuntimeService()
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
    }

    private static Map<String, Object> plan() {
        return new HashMap<>(Map.of(
                "firstDay",
                "2026-11-09",
                "lastDay",
                "2026-11-10",
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
                "2026-11-06"));
    }

    private ProcessInstance conference(String student) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceBusinessKey("2026-27:demo:5.A:" + student)
                .processDefinitionKey("conference")
                .singleResult();
    }

    private Task bookingTask(String student) {
        return engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(conference(student).getId())
                .taskDefinitionKey("bookConference")
                .singleResult();
    }

    private Task refreshed(Task task) {
        return engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
    }

    private String firstSlot(Task task) {
        return slotAt(task, 0);
    }

    private String slotAt(Task task, int index) {
        org.camunda.spin.json.SpinJsonNode options = (org.camunda.spin.json.SpinJsonNode)
                engine.getTaskService().getVariableLocal(task.getId(), "availableSlots");
        return options.elements().get(index).prop("value").stringValue();
    }

    private List<String> candidates(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
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

    private static Date endOfDay(int y, int m, int d) {
        return at(y, m, d, 23, 59);
    }
}
