package dk.skolehjem.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import dk.skolehjem.ProcessSteps;
import dk.skolehjem.ProcessTest;
import dk.skolehjem.engine.FamilyTasks;
import dk.skolehjem.minutes.DocumentKind;
import dk.skolehjem.minutes.InMemoryDocumentStore;
import dk.skolehjem.minutes.StoredDocument;
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
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of a concern (R13, R14, L4, L5): resolved at each level, escalation when a follow-up finds it
 * unresolved, the triage's suggestion and leadership's override, the guardians' consent given and refused,
 * underretning recorded at each level, and missed deadlines that tell leadership without stopping the case.
 */
@ProcessTest
@Deployment(
        resources = {
            "processes/concern.bpmn",
            "processes/concern-consent.bpmn",
            "processes/concern-triage.dmn",
            "forms/concern-start.form",
            "forms/concern-review.form",
            "forms/concern-dialogue.form",
            "forms/concern-follow-up.form",
            "forms/concern-plan-meeting.form",
            "forms/concern-record-meeting.form",
            "forms/concern-no-consent.form",
            "forms/concern-ppr-prepare.form",
            "forms/concern-plan-network.form",
            "forms/concern-action-plan.form",
            "forms/concern-evaluation.form",
            "forms/concern-missed-deadline.form",
            "forms/concern-underretning.form",
            "forms/concern-consent.form",
            "forms/choose-child.form",
            "bpmn/raise-concern-step.bpmn"
        })
class ConcernProcessTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");

    /** Everyone logs in to their school only (its tenant). */
    private static final List<String> SCHOOLS = List.of("demo");

    private final ProcessEngine engine;
    private final InMemoryDocumentStore documents;
    private final ProcessSteps steps;
    private final JdbcTemplate jdbc;
    private final ConcernCases cases;
    private final FamilyTasks familyTasks;

    ConcernProcessTest(
            ProcessEngine engine,
            InMemoryDocumentStore documents,
            ProcessSteps steps,
            JdbcTemplate jdbc,
            ConcernCases cases,
            FamilyTasks familyTasks) {
        this.familyTasks = familyTasks;
        this.engine = engine;
        this.documents = documents;
        this.steps = steps;
        this.jdbc = jdbc;
        this.cases = cases;
    }

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        setNow(LocalDateTime.of(2027, 2, 1, 9, 0));
    }

    @AfterEach
    void tearDown() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void aFirstWorry_isTalkedThroughWithTheGuardians_andClosedWhenResolved() {
        ProcessInstance pi = raise("e1", "trivsel", "lav", 0, false);
        assertThat(pi).isWaitingAt("reviewLevel").hasPassed("triage", "register-concern");
        Task review = task("reviewLevel", pi);
        assertThat(review).hasCandidateGroup("leadership-demo");
        assertThat(review.getDueDate()).as("one school day").isEqualTo(endOfDay(2027, 2, 2));
        assertThat(var(pi, "suggestedLevel")).isEqualTo(1);
        assertThat(var(pi, "considerUnderretning")).isEqualTo(false);
        complete(review, "chosenLevel", "1");

        Task contact = task("contactGuardians", pi);
        assertThat(contact).hasCandidateGroup("team-demo-5a");
        assertThat(contact.getDueDate()).as("policy: two school days").isEqualTo(endOfDay(2027, 2, 3));
        complete(
                contact,
                "contactedHow",
                "telefon",
                "contactDate",
                "2027-02-01",
                "summary",
                "Louise er ked af det i frikvartererne",
                "agreements",
                "Klasseteamet: makkerordning\nForældrene: taler med Louise hver aften",
                "followUpDate",
                "2027-02-15");
        execute(job("write-dialogue-minutes", pi));
        assertThat(pi).isWaitingAt("wait-dialogue-follow-up");
        assertThat(notified()).containsExactly("MINUTES_READY");
        StoredDocument minutes = documents.documents.values().iterator().next();
        assertThat(minutes.kind()).isEqualTo(DocumentKind.MINUTES);
        assertThat(minutes.forGuardians()).isTrue();
        assertThat(var(pi, "dialogueMinutesPdf"))
                .as("read by logged download only, not as a process variable")
                .isNull();
        assertThat(var(pi, "dialogueMinutesPdfId")).isEqualTo(minutes.id());

        setNow(LocalDateTime.of(2027, 2, 15, 8, 0));
        execute(job("wait-dialogue-follow-up", pi));
        complete(task("followUpDialogue", pi), "resolved", "ja", "followUpNote", "Louise har det bedre");
        assertThat(pi).isEnded().hasPassed("close-concern").hasNotPassed("planMeeting", "call-consent");
        ConcernCases.Case closed = cases.find(pi.getId()).orElseThrow();
        assertThat(closed.outcome()).isEqualTo("Louise har det bedre");
        assertThat(closed.retainUntil()).as("policy retention five years").isEqualTo(LocalDate.of(2032, 2, 15));
        assertThat(closed.raisedByRole()).isEqualTo("TEAM");
    }

    @Test
    void notResolvedAtTheDialogue_goesToAMeetingWithLeadership_andIsResolvedThere() {
        ProcessInstance pi = atLevelTwo();
        assertThat(cases.levelChanges(pi.getId()))
                .extracting(ConcernCases.LevelChange::to)
                .containsExactly(1, 1, 2);
        assertThat(cases.levelChanges(pi.getId()).get(1).reason()).isEqualTo("Ledelsen bekræftede niveauet");
        complete(
                task("planMeeting", pi),
                "meetingDate",
                "2027-02-22",
                "meetingTime",
                "14:00",
                "meetingPlace",
                "Kontoret");
        assertThat(notified()).contains("INVITATION");
        assertThat(job("wait-meeting", pi)).hasDueDate(at(2027, 2, 22, 14, 0));
        setNow(LocalDateTime.of(2027, 2, 22, 14, 0));
        execute(job("wait-meeting", pi));
        complete(
                task("recordMeeting", pi),
                "meetingSummary",
                "Vi talte om frikvartererne",
                "agreements",
                "Ledelsen: gårdvagt ved bænkene",
                "followUpDate",
                "2027-03-08");
        execute(job("write-meeting-minutes", pi));
        setNow(LocalDateTime.of(2027, 3, 8, 8, 0));
        execute(job("wait-meeting-follow-up", pi));
        complete(task("followUpMeeting", pi), "resolved", "ja", "followUpNote", "Løst med gårdvagten");
        assertThat(pi).isEnded().hasPassed("planMeeting", "recordMeeting").hasNotPassed("call-consent");
        assertThat(documents.documents.values())
                .extracting(StoredDocument::kind)
                .containsExactly(DocumentKind.MINUTES, DocumentKind.MINUTES);
    }

    @Test
    void atLevelThreeBothGuardiansConsent_PprPrepares_andTheActionPlanIsFollowedUpUntilLeadershipCloses() {
        ProcessInstance pi = atLevelThree("e2");
        ProcessInstance consent = consentProcess(pi);
        Task mother = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(consent.getId())
                .taskAssignee("mor2")
                .singleResult();
        Task father = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(consent.getId())
                .taskAssignee("far2")
                .singleResult();
        assertThat(mother)
                .as("each guardian with custody answers for themselves")
                .isNotNull();
        assertThat(father).isNotNull();
        Map<String, Object> seen = engine.getFormService().getTaskFormVariables(mother.getId());
        assertThat(seen)
                .as("the guardians' task sees only what is meant for them")
                .containsKeys("studentName", "schoolName")
                .doesNotContainKeys(
                        "description",
                        "category",
                        "childAtRisk",
                        "suggestedLevel",
                        "considerUnderretning",
                        "tried",
                        "meetingSummary");
        complete(mother, "consent", "ja", "guardianView", "Vi vil gerne have hjælp");
        assertThat(engine.getFormService().getTaskFormVariables(father.getId()))
                .as("one guardian's answer is not shown to the other")
                .satisfies(
                        v -> assertThat(v.get("consent")).isNull(),
                        v -> assertThat(v.get("guardianView")).isNull());
        complete(father, "consent", "ja", "studentView", "Hun vil gerne have en voksen at tale med");
        execute(job("write-consent-record", pi));
        assertThat(pi).hasPassed("invite-ppr").isWaitingAt("preparePpr");
        assertThat(task("preparePpr", pi)).hasCandidateGroup("ppr-demo");
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.case_invitation where process_instance_id = ? "
                                + "and user_id = 'ppr1'",
                        Integer.class,
                        pi.getId()))
                .isEqualTo(1);
        assertThat(cases.consents(pi.getId()))
                .extracting(ConcernCases.Consent::given)
                .containsExactly(true, true);
        StoredDocument consentRecord = byKind(DocumentKind.CONSENT_RECORD);
        assertThat(consentRecord.forGuardians()).as("internal").isFalse();

        complete(task("preparePpr", pi), "pprPreparation", "Observation i klassen");
        assertThatThrownBy(() -> complete(
                        task("planNetworkMeeting", pi),
                        "meetingDate",
                        "2027-03-15",
                        "meetingTime",
                        "13:00",
                        "meetingPlace",
                        "Mødelokale 2",
                        "externalParticipants",
                        "Anne Holm, sundhedsplejerske\nKarl uden rolle"))
                .hasMessageContaining("linje 2");
        complete(
                task("planNetworkMeeting", pi),
                "meetingDate",
                "2027-03-15",
                "meetingTime",
                "13:00",
                "meetingPlace",
                "Mødelokale 2",
                "externalParticipants",
                "Anne Holm, sundhedsplejerske");
        setNow(LocalDateTime.of(2027, 3, 15, 13, 0));
        execute(job("wait-network-meeting", pi));
        complete(
                task("recordActionPlan", pi),
                "goals",
                "Trivsel i frikvartererne",
                "actions",
                "PPR: observation inden 1. april\nKlasseteamet: legegrupper",
                "nextEvaluationDate",
                "2027-04-12");
        execute(job("write-action-plan", pi));
        assertThat(byKind(DocumentKind.ACTION_PLAN).forGuardians()).isTrue();

        setNow(LocalDateTime.of(2027, 4, 12, 8, 0));
        execute(job("wait-evaluation", pi));
        complete(
                task("evaluateActionPlan", pi),
                "evaluation",
                "Bedre, men ikke godt nok",
                "closeCase",
                "nej",
                "nextEvaluationDate",
                "2027-05-10");
        execute(job("write-evaluation-minutes", pi));
        assertThat(pi).isWaitingAt("wait-evaluation");
        assertThat(job("wait-evaluation", pi)).hasDueDate(at(2027, 5, 10, 8, 0));
        setNow(LocalDateTime.of(2027, 5, 10, 8, 0));
        execute(job("wait-evaluation", pi));
        complete(task("evaluateActionPlan", pi), "evaluation", "Mål nået", "closeCase", "ja");
        execute(job("write-evaluation-minutes", pi));
        assertThat(pi).isEnded().hasPassed("close-concern");
        assertThat(cases.find(pi.getId()).orElseThrow().outcome()).isEqualTo("Mål nået");
    }

    @Test
    void oneGuardianRefusesConsent_PprIsNotInvolved_andLeadershipDecidesTheNextStepWithAReason() {
        ProcessInstance pi = atLevelThree("e2");
        ProcessInstance consent = consentProcess(pi);
        complete(
                engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(consent.getId())
                        .taskAssignee("mor2")
                        .singleResult(),
                "consent",
                "ja");
        complete(
                engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(consent.getId())
                        .taskAssignee("far2")
                        .singleResult(),
                "consent",
                "nej",
                "guardianView",
                "Vi klarer det selv");
        execute(job("write-consent-record", pi));
        assertThat(pi).isWaitingAt("decideWithoutConsent").hasNotPassed("invite-ppr");
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.case_invitation where process_instance_id = ?",
                        Integer.class,
                        pi.getId()))
                .isZero();
        assertThatThrownBy(() -> complete(task("decideWithoutConsent", pi), "nextStep", "nyt-moede"))
                .hasMessageContaining("Begrundelse");
        complete(task("decideWithoutConsent", pi), "nextStep", "nyt-moede", "decisionReason", "Vi prøver et møde mere");
        assertThat(pi).isWaitingAt("planMeeting");
        assertThat(var(pi, "level")).isEqualTo(2);
    }

    @Test
    void refusedConsent_andLeadershipClosesTheCase() {
        ProcessInstance pi = atLevelThree("e1");
        ProcessInstance consent = consentProcess(pi);
        complete(
                engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(consent.getId())
                        .taskAssignee("mor1")
                        .singleResult(),
                "consent",
                "nej");
        execute(job("write-consent-record", pi));
        complete(
                task("decideWithoutConsent", pi),
                "nextStep",
                "luk",
                "decisionReason",
                "Familien har selv fundet hjælp");
        assertThat(pi).isEnded().hasPassed("close-concern").hasNotPassed("preparePpr");
        assertThat(cases.find(pi.getId()).orElseThrow().outcome()).contains("Familien har selv fundet hjælp");
    }

    @Test
    void noAnswerFromTheGuardiansAtAll_leadershipDecidesWithoutConsent_soTheCaseCannotStall() {
        ProcessInstance pi = atLevelThree("e2");
        assertThat(job("call-consent-no-answer", pi)).hasDueDate(endOfDay(2027, 3, 8));
        setNow(LocalDateTime.of(2027, 3, 9, 0, 5));
        execute(job("call-consent-no-answer", pi));
        assertThat(pi).isWaitingAt("decideWithoutConsent").hasNotPassed("invite-ppr", "write-consent-record");
        assertThat(consentProcess(pi)).as("the guardians' tasks are withdrawn").isNull();
        assertThat(engine.getTaskService()
                        .createTaskQuery()
                        .processDefinitionKey("concern-consent")
                        .count())
                .isZero();
    }

    @Test
    void aConcernLivesOnAfterTheSchoolYear_itsTasksGoToTheStudentsTeamNow_andClosingEndsWhatIsStillOpen() {
        ProcessInstance pi = raise("e1", "trivsel", "lav", 0, false);
        jdbc.update("update app.student set class_code = '0.A' where school_id = 'demo' and id = 'e1'");
        try {
            complete(task("reviewLevel", pi), "chosenLevel", "1");
            assertThat(task("contactGuardians", pi)).as("not next year's 5.A").hasCandidateGroup("team-demo-0a");
            setNow(LocalDateTime.of(2027, 2, 4, 0, 5));
            execute(job("contactGuardians-late", pi));
            complete(
                    task("contactGuardians", pi),
                    "contactedHow",
                    "telefon",
                    "contactDate",
                    "2027-02-03",
                    "summary",
                    "Samtale",
                    "followUpDate",
                    "2027-02-15");
            execute(job("write-dialogue-minutes", pi));
            setNow(LocalDateTime.of(2027, 2, 15, 8, 0));
            execute(job("wait-dialogue-follow-up", pi));
            assertThat(task("followUpDialogue", pi)).hasCandidateGroup("team-demo-0a");
            complete(task("followUpDialogue", pi), "resolved", "ja", "followUpNote", "Løst");
            assertThat(pi)
                    .as("the open 'Frist overskredet' task ends with the case")
                    .isEnded();
        } finally {
            jdbc.update("update app.student set class_code = '5.A' where school_id = 'demo' and id = 'e1'");
        }
    }

    @Test
    void aChildAtRisk_isSuggestedForANetworkMeetingWithUnderretning_andLeadershipMayOverrideOnlyWithAReason() {
        ProcessInstance pi = raise("e1", "trivsel", "lav", 0, true);
        assertThat(var(pi, "suggestedLevel")).isEqualTo(3);
        assertThat(var(pi, "considerUnderretning")).isEqualTo(true);
        Task review = task("reviewLevel", pi);
        assertThatThrownBy(() -> complete(review, "chosenLevel", "2"))
                .hasMessageContaining("Begrundelse for et andet niveau");
        complete(review, "chosenLevel", "2", "levelReason", "Familien har selv bedt om et møde først");
        assertThat(pi).isWaitingAt("planMeeting");
        assertThat(cases.levelChanges(pi.getId()))
                .extracting(ConcernCases.LevelChange::reason)
                .containsExactly(
                        "Visitationens forslag; overvej underretning",
                        "Ledelsen ændrede niveauet: Familien har selv bedt om et møde først");
        assertThat(cases.levelChanges(pi.getId()).get(1).decidedBy()).isEqualTo("leder");
    }

    @Test
    void anUnderretningCanBeRecordedAtEveryLevel_andLeadershipMakesSureItIsSentTheSameDay() {
        ProcessInstance one = raise("e1", "trivsel", "lav", 0, false);
        complete(task("reviewLevel", one), "chosenLevel", "1");
        underretning(one, "contactGuardians");
        ProcessInstance two = atLevelTwo();
        underretning(two, "planMeeting");
        ProcessInstance three = atLevelThree("e1");
        underretning(three, "call-consent");
    }

    @Test
    void aMissedDeadline_tellsLeadership_withoutStoppingTheCase() {
        ProcessInstance pi = raise("e1", "trivsel", "lav", 0, false);
        complete(task("reviewLevel", pi), "chosenLevel", "1");
        assertThat(job("contactGuardians-late", pi)).hasDueDate(endOfDay(2027, 2, 3));
        setNow(LocalDateTime.of(2027, 2, 4, 0, 5));
        execute(job("contactGuardians-late", pi));
        assertThat(pi).isWaitingAt("contactGuardians", "missedDeadline");
        Task missed = task("missedDeadline", pi);
        assertThat(missed.getName()).isEqualTo("Frist overskredet: Tal med forældrene – Elev e1, 5.A");
        assertThat(engine.getFormService().getTaskFormVariables(missed.getId()).get("missedStep"))
                .as("its own step, even when a later one is missed too")
                .isEqualTo("Tal med forældrene");
        assertThat(missed).hasCandidateGroup("leadership-demo");
        complete(missed, "missedNote", "Klasseteamet ringer i dag");
        assertThat(pi).isWaitingAt("contactGuardians");
    }

    @Test
    void theGuardiansMissingTheConsentDeadline_tellsLeadership_whileTheyCanStillAnswer() {
        ProcessInstance pi = atLevelThree("e1");
        assertThat(job("call-consent-late", pi)).hasDueDate(endOfDay(2027, 3, 1));
        setNow(LocalDateTime.of(2027, 3, 2, 0, 5));
        execute(job("call-consent-late", pi));
        assertThat(task("missedDeadline", pi).getName())
                .isEqualTo("Frist overskredet: Forældrenes samtykke til PPR – Elev e1, 5.A");
        assertThat(consentProcess(pi)).isActive();
    }

    @Test
    void badInput_isRefusedWithTheFieldsName_andChangesNothing() {
        Map<String, Object> start = registration("e1", "ukendt", "lav", 0, false);
        assertThatThrownBy(() -> raiseAs("laerer5a", start)).hasMessageContaining("Vælg en kategori");
        Map<String, Object> future = registration("e1", "trivsel", "lav", 0, false);
        future.put("concernSince", "2027-03-01");
        assertThatThrownBy(() -> raiseAs("laerer5a", future)).hasMessageContaining("Siden hvornår?");
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processDefinitionKey("concern")
                        .count())
                .isZero();

        ProcessInstance pi = raise("e1", "trivsel", "lav", 0, false);
        complete(task("reviewLevel", pi), "chosenLevel", "1");
        assertThatThrownBy(() -> complete(
                        task("contactGuardians", pi),
                        "contactedHow",
                        "besked",
                        "contactDate",
                        "2027-02-01",
                        "summary",
                        "x",
                        "followUpDate",
                        "2027-02-15"))
                .hasMessageContaining("ikke i beskeder");
        assertThatThrownBy(() -> complete(
                        task("contactGuardians", pi),
                        "contactedHow",
                        "telefon",
                        "contactDate",
                        "2027-02-01",
                        "summary",
                        "x",
                        "followUpDate",
                        "2027-01-15"))
                .hasMessageContaining("Hvornår følger I op?");
        assertThat(pi).isWaitingAt("contactGuardians");
    }

    @Test
    void aTeamMemberWithSeveralStudents_choosesWhichOne_andOnlyTheirOwn() {
        Map<String, Object> start = registration(null, "laering", "middel", 1, false);
        ProcessInstance pi = raiseAs("laerer5a", start);
        assertThat(pi).isWaitingAt("chooseChild");
        assertThatThrownBy(() -> complete(task("chooseChild", pi), "child", "e3"))
                .hasMessageContaining("Vælg et af børnene");
        complete(task("chooseChild", pi), "child", "e2");
        assertThat(pi).isWaitingAt("reviewLevel");
        assertThat(var(pi, "suggestedLevel"))
                .as("tried once: a meeting with leadership")
                .isEqualTo(2);
        assertThat(engine.getRuntimeService()
                        .createProcessInstanceQuery()
                        .processInstanceId(pi.getId())
                        .singleResult()
                        .getBusinessKey())
                .isEqualTo("2026-27:demo:5.A:e2");
    }

    @Test
    void aConcernNotedAtAConference_startsACaseForTheSameStudent_forLeadershipToReview() {
        ProcessInstance conference = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "raise-concern-step",
                        "2026-27:demo:5.A:e1",
                        Map.of("schoolId", "demo", "concernNote", "Virker trist og træt"));
        complete(task("recordConference", conference));
        ProcessInstance pi = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processDefinitionKey("concern")
                .singleResult();
        assertThat(pi.getBusinessKey()).isEqualTo("2026-27:demo:5.A:e1");
        assertThat(pi)
                .isWaitingAt("reviewLevel")
                .hasPassed("start-from-conference")
                .hasNotPassed("find-child");
        assertThat(var(pi, "description")).isEqualTo("Fra skole-hjem-samtalen: Virker trist og træt");
        assertThat(cases.find(pi.getId()).orElseThrow().raisedBy()).isEqualTo("laerer5a");
    }

    @Test
    void aGuardianSuspendedWhileAskedForConsent_isNoLongerAsked_andTheOtherGuardiansAnswerDecides() {
        ProcessInstance pi = atLevelThree("e2");
        ProcessInstance consent = consentProcess(pi);
        complete(
                engine.getTaskService()
                        .createTaskQuery()
                        .processInstanceId(consent.getId())
                        .taskAssignee("mor2")
                        .singleResult(),
                "consent",
                "ja");
        Task his = engine.getTaskService()
                .createTaskQuery()
                .processInstanceId(consent.getId())
                .taskAssignee("far2")
                .singleResult();
        assertThatThrownBy(() -> complete(his))
                .as("while he has custody, only his own answer counts")
                .hasMessageContaining("Må skolen inddrage PPR?");
        // what a suspension of far2 does (L7), as the system: his question is withdrawn, not handed to anyone else
        jdbc.update("insert into app.guardian_suspension (school_id, student_id, guardian_id, reason, "
                + "suspended_by, suspended_at) values ('demo', 'e2', 'far2', 'Test', 'admin', now())");
        try {
            engine.getTaskService().complete(his.getId());
            execute(job("write-consent-record", pi));
            assertThat(pi).hasPassed("invite-ppr").isWaitingAt("preparePpr");
            assertThat(cases.consents(pi.getId()))
                    .extracting(ConcernCases.Consent::guardianId)
                    .containsExactly("mor2");
        } finally {
            jdbc.update("delete from app.guardian_suspension where guardian_id = 'far2'");
        }
    }

    // --- helpers

    private void underretning(ProcessInstance pi, String waitingAt) {
        long id = cases.recordUnderretning(pi.getId(), LocalDate.of(2027, 2, 1), "Lærer 5.A", "KOM-123", "laerer5a");
        engine.getRuntimeService()
                .createMessageCorrelation("concern-underretning")
                .processInstanceId(pi.getId())
                .correlate();
        assertThat(pi).isWaitingAt(waitingAt, "ensureUnderretning");
        Task ensure = task("ensureUnderretning", pi);
        assertThat(ensure.getDueDate()).as("the same day").isEqualTo(endOfDay(ClockUtil.getCurrentTime()));
        assertThatThrownBy(() -> complete(ensure)).hasMessageContaining("Underretningen er sendt til kommunen");
        complete(ensure, "underretningSent", true);
        assertThat(pi).isWaitingAt(waitingAt);
        assertThat(cases.underretninger(pi.getId()))
                .extracting(ConcernCases.Underretning::id)
                .contains(id);
    }

    private ProcessInstance atLevelTwo() {
        ProcessInstance pi = raise("e1", "konflikt", "middel", 0, false);
        complete(task("reviewLevel", pi), "chosenLevel", "1");
        complete(
                task("contactGuardians", pi),
                "contactedHow",
                "moede",
                "contactDate",
                "2027-02-01",
                "summary",
                "Konflikt",
                "followUpDate",
                "2027-02-08");
        execute(job("write-dialogue-minutes", pi));
        setNow(LocalDateTime.of(2027, 2, 8, 8, 0));
        execute(job("wait-dialogue-follow-up", pi));
        complete(task("followUpDialogue", pi), "resolved", "nej", "followUpNote", "Konflikten fortsætter");
        assertThat(pi).isWaitingAt("planMeeting");
        return pi;
    }

    private ProcessInstance atLevelThree(String student) {
        setNow(LocalDateTime.of(2027, 2, 22, 9, 0));
        ProcessInstance pi = raise(student, "adfaerd", "hoej", 1, false);
        assertThat(var(pi, "suggestedLevel")).isEqualTo(3);
        complete(task("reviewLevel", pi), "chosenLevel", "3");
        assertThat(pi).isWaitingAt("call-consent");
        return pi;
    }

    private ProcessInstance consentProcess(ProcessInstance pi) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .superProcessInstanceId(pi.getId())
                .singleResult();
    }

    private ProcessInstance raise(String student, String category, String urgency, int attempts, boolean atRisk) {
        return raiseAs("laerer5a", registration(student, category, urgency, attempts, atRisk));
    }

    /**
     * The system starts the concern on the person's behalf ({@code requestedBy}), as the product's one start door does
     * (ProcessStarts); the child is found from the registration, or the person is asked which.
     */
    private ProcessInstance raiseAs(String person, Map<String, Object> registration) {
        Map<String, Object> variables = new HashMap<>(registration);
        variables.put("requestedBy", person);
        variables.put("schoolId", "demo");
        return engine.getRuntimeService().startProcessInstanceByKey("concern", variables);
    }

    private static Map<String, Object> registration(
            String student, String category, String urgency, int attempts, boolean atRisk) {
        Map<String, Object> v = new HashMap<>();
        if (student != null) {
            v.put("child", student);
        }
        v.put("category", category);
        v.put("description", "Barnet er ofte alene i frikvartererne");
        v.put("concernSince", "2027-01-10");
        v.put("urgency", urgency);
        v.put("earlierAttempts", attempts);
        v.put("childAtRisk", atRisk);
        return v;
    }

    /** The task is done by the person it is for, logged in as the webapps authenticate them. */
    private void complete(Task task, Object... keyValues) {
        Map<String, Object> v = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            v.put((String) keyValues[i], keyValues[i + 1]);
        }
        if (familyTasks.isFamilyTask(task.getProcessDefinitionId(), task.getTaskDefinitionKey())) {
            // a family answers on "Mit barn": the portal completes it on their behalf
            assertThat(familyTasks.complete(task.getAssignee(), List.of(), task.getId(), v))
                    .isEqualTo(FamilyTasks.Outcome.DONE);
            return;
        }
        logInAsThePersonFor(task);
        try {
            engine.getTaskService().complete(task.getId(), v);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** Its assignee or candidate user (a guardian, the person choosing a child), else a member of its group. */
    private void logInAsThePersonFor(Task task) {
        List<IdentityLink> candidates = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> "candidate".equals(l.getType()))
                .toList();
        String user = task.getAssignee() != null
                ? task.getAssignee()
                : candidates.stream()
                        .map(IdentityLink::getUserId)
                        .filter(u -> u != null)
                        .findFirst()
                        .orElse(null);
        if (user != null) {
            engine.getIdentityService().setAuthentication(user, List.of(), SCHOOLS);
            return;
        }
        String group = candidates.get(0).getGroupId();
        String member = group.startsWith("leadership-")
                ? "leder"
                : group.startsWith("ppr-") ? "ppr1" : "laerer" + group.substring(group.lastIndexOf('-') + 1);
        engine.getIdentityService().setAuthentication(member, List.of(group), SCHOOLS);
    }

    /** The notify steps' kinds. */
    private List<String> notified() {
        return steps.of(ProcessSteps.NOTIFY).stream()
                .map(s -> (String) s.local("notificationKind"))
                .toList();
    }

    private Object var(ProcessInstance pi, String name) {
        return engine.getRuntimeService().getVariable(pi.getId(), name);
    }

    private StoredDocument byKind(DocumentKind kind) {
        return documents.documents.values().stream()
                .filter(d -> d.kind() == kind)
                .findFirst()
                .orElseThrow();
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

    private static Date endOfDay(Date day) {
        LocalDate date = day.toInstant().atZone(CPH).toLocalDate();
        return endOfDay(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }
}
