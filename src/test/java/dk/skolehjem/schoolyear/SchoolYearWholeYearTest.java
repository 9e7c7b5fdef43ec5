package dk.skolehjem.schoolyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dk.skolehjem.ProcessTest;
import dk.skolehjem.TestPolicies;
import dk.skolehjem.calendar.DateRange;
import dk.skolehjem.calendar.SchoolCalendar;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.conference.OfferedSlots;
import dk.skolehjem.messagebook.MessageBookService;
import dk.skolehjem.minutes.DocumentKind;
import dk.skolehjem.minutes.InMemoryDocumentStore;
import dk.skolehjem.minutes.PdfReading;
import dk.skolehjem.minutes.StoredDocument;
import dk.skolehjem.notification.Notification;
import dk.skolehjem.notification.NotificationKind;
import dk.skolehjem.notification.SentNotifications;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.policy.SchoolPolicy;
import dk.skolehjem.roster.GroupIds;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole-year test: one class (5.A, two students) runs a school year with every real process and bean,
 * the engine clock moved month by month (and through each month's days), the people doing their tasks as they
 * appear, one family never booking. After each month and at the year's end it checks that every meeting the
 * principle requires happened in its window (R1, R2, R5, R8, R9, R10) and that nobody needed a follow-up.
 */
@ProcessTest
@Deployment(
        resources = {
            "processes/school-year.bpmn",
            "processes/parent-meeting.bpmn",
            "processes/conference-round.bpmn",
            "processes/conference.bpmn",
            "processes/needs-talk.bpmn",
            "processes/learning-round.bpmn",
            "processes/learning-conversation.bpmn",
            "processes/weekly-plan.bpmn",
            "forms/year-plan.form",
            "forms/year-plan-follow-up.form",
            "forms/parent-meeting-wishes.form",
            "forms/parent-meeting-plan.form",
            "forms/parent-meeting-approval.form",
            "forms/parent-meeting-minutes.form",
            "forms/parent-meeting-follow-up.form",
            "forms/conference-round.form",
            "forms/pre-conference.form",
            "forms/conference-assign.form",
            "forms/conference-prepare.form",
            "forms/conference-record.form",
            "forms/needs-talk-answer.form",
            "forms/needs-talk-team.form",
            "forms/needs-talk-propose.form",
            "forms/needs-talk-accept.form",
            "forms/needs-talk-record.form",
            "forms/learning-round.form",
            "forms/learning-choice.form",
            "forms/learning-booking.form",
            "forms/learning-record.form",
            "forms/weekly-plan.form"
        })
class SchoolYearWholeYearTest {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    private static final String KEY = "2026-27:demo:5.A";
    private static final SchoolYear YEAR = SchoolYear.parse("2026-27");
    /** The rollout's day: the first school day after the summer holiday. */
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 8, 10);
    /** The family of e2 never books: the team must assign their times. */
    private static final String NEVER_BOOKS = "e2";
    /** Checked several times a day so that meetings at 14:00 and 19:00 start on their own day. */
    private static final List<LocalTime> TIMES_OF_DAY =
            List.of(LocalTime.of(7, 0), LocalTime.of(12, 0), LocalTime.of(20, 0));

    private final ProcessEngine engine;
    private final SchoolPolicy policy;
    private final InMemoryDocumentStore documents;
    private final SentNotifications sent;
    private final MessageBookService messageBook;
    private final JdbcTemplate jdbc;
    private final PolicyRegistry policies;
    private final dk.skolehjem.compliance.Compliance compliance;
    private final dk.skolehjem.reminder.OverdueTasks overdue;
    private final List<LocalDate> weeklyPlansPublished = new ArrayList<>();
    /** The step nobody answers ("process/task"), for the stall tests; null: everyone does their part. */
    private String silent;

    /** The principle the year runs by: the test policy with every part, or one of the five seed schools'. */
    private SchoolPolicy yearPolicy;

    SchoolYearWholeYearTest(
            ProcessEngine engine,
            PolicyRegistry policies,
            InMemoryDocumentStore documents,
            SentNotifications sent,
            MessageBookService messageBook,
            JdbcTemplate jdbc,
            dk.skolehjem.compliance.Compliance compliance,
            dk.skolehjem.reminder.OverdueTasks overdue) {
        this.engine = engine;
        this.overdue = overdue;
        this.policies = policies;
        this.compliance = compliance;
        this.policy = policies.get(TestPolicies.WHOLE_YEAR);
        this.yearPolicy = policy;
        this.documents = documents;
        this.sent = sent;
        this.messageBook = messageBook;
        this.jdbc = jdbc;
    }

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        clearTheClassesRecords();
        assertThat(policy.weeklyPlan().enabled()
                        && policy.learningConversation().enabled())
                .isTrue();
        people();
    }

    @AfterEach
    void tearDown() {
        clearTheClassesRecords();
        var identity = engine.getIdentityService();
        identity.createUserQuery().list().forEach(u -> identity.deleteUser(u.getId()));
        identity.createGroupQuery().list().forEach(g -> identity.deleteGroup(g.getId()));
    }

    @Test
    void aWholeYearForOneClass_everyRequiredMeetingHappensInItsWindow() {
        ProcessInstance year = runYear(TestPolicies.WHOLE_YEAR, true);
        setNow(LocalDate.of(2027, 8, 1), LocalTime.of(7, 0));
        runDueJobs();

        BpmnAwareTests.assertThat(year)
                .isEnded()
                .hasPassed(
                        "fillInYearPlan",
                        "call-parent-meeting",
                        "call-conference-round",
                        "call-needs-talks",
                        "call-learning-round",
                        "call-weekly-plans",
                        "write-year-summary")
                .hasNotPassed("followUpYearPlan");
        assertThat(engine.getHistoryService()
                        .createHistoricTaskInstanceQuery()
                        .taskDefinitionKeyIn("followUpYearPlan", "followUpPlanning", "followUpConcern")
                        .count())
                .as("everyone did their part on time: leadership never had to follow up")
                .isZero();
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .withException()
                        .count())
                .as("no incidents")
                .isZero();
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().list())
                .as("every task had a deadline " + "and a follow-up date for reminders")
                .isNotEmpty()
                .allSatisfy(t ->
                        assertThat(t.getDueDate()).as(t.getTaskDefinitionKey()).isNotNull())
                .allSatisfy(t -> assertThat(t.getFollowUpDate())
                        .as(t.getTaskDefinitionKey())
                        .isNotNull()
                        .isBeforeOrEqualTo(t.getDueDate()));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
                .as("nothing left running")
                .isZero();
        assertThat(weeklyPlansPublished)
                .as("the principle's holidays by hand: autumn, Christmas, winter, Easter")
                .doesNotContain(
                        LocalDate.of(2026, 10, 12),
                        LocalDate.of(2026, 12, 21),
                        LocalDate.of(2026, 12, 28),
                        LocalDate.of(2027, 2, 15),
                        LocalDate.of(2027, 3, 22))
                .contains(LocalDate.of(2026, 10, 19), LocalDate.of(2027, 1, 4), LocalDate.of(2027, 6, 21))
                .noneMatch(w -> w.isAfter(LocalDate.of(2027, 6, 27)));
        theYearSummaryShowsBothFamiliesInformedTwice();
    }

    /**
     * The test per seed school: a whole year of 5.A by the school's own shipped policy, the people doing their
     * work on time. At the year's end every check the compliance model makes from a promise is kept, each in the
     * board's own words from that school's principle; and nothing the school did not promise was held against it:
     * where the board sets no date for the parent meeting, the team's November meeting goes ahead without a reason.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "traellerupskolen",
                "skole-med-meddelelsesbog-og-laeringssamtaler",
                "himmelev-skole",
                "aalborg-kommune-pejlemaerker",
                "distriktsskole-smorum"
            })
    void eachSeedSchoolsYear_keepsEveryPromiseInItsOwnWords_andIsHeldToNothingElse(String policyId) {
        SchoolPolicy seed = policies.get(policyId);
        ProcessInstance year = runYear(policyId, false);
        setNow(LocalDate.of(2027, 8, 1), LocalTime.of(7, 0));
        runDueJobs();
        BpmnAwareTests.assertThat(year).isEnded().hasPassed("write-year-summary");
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .withException()
                        .count())
                .as("no incidents")
                .isZero();
        assertThat(engine.getHistoryService()
                        .createHistoricTaskInstanceQuery()
                        .taskDefinitionKeyIn("followUpYearPlan", "followUpPlanning")
                        .count())
                .as("nothing stalled: leadership never had to follow up")
                .isZero();

        var checks = compliance
                .against("demo", "Demoskolen", seed, YEAR, LocalDate.of(2027, 8, 1))
                .classOf("5.A")
                .orElseThrow()
                .checks();
        List<dk.skolehjem.compliance.Check> promised =
                checks.stream().filter(dk.skolehjem.compliance.Check::promised).toList();
        assertThat(promised)
                .as("every promise of %s kept", policyId)
                .allSatisfy(c -> assertThat(c.status())
                        .as("%s %s", c.what(), c.studentId())
                        .isEqualTo(dk.skolehjem.compliance.Status.KEPT));
        java.util.Set<String> boardsWords =
                seed.promises().stream().map(SchoolPolicy.Promise::quote).collect(java.util.stream.Collectors.toSet());
        assertThat(promised)
                .as("cited in the school's own words, never another school's")
                .allSatisfy(c -> assertThat(boardsWords).contains(c.promise().quote()));
        java.util.Set<dk.skolehjem.policy.Promised> measured =
                java.util.EnumSet.noneOf(dk.skolehjem.policy.Promised.class);
        promised.forEach(c -> measured.add(c.setting()));
        switch (policyId) {
            case "traellerupskolen" -> {
                assertThat(measured).contains(dk.skolehjem.policy.Promised.WEEKLY_PLAN_DUE);
                assertThat(promised).as("a plan for every school week").hasSizeGreaterThan(30);
            }
            case "skole-med-meddelelsesbog-og-laeringssamtaler" ->
                assertThat(measured)
                        .contains(
                                dk.skolehjem.policy.Promised.PARENT_MEETING_HELD_BY,
                                dk.skolehjem.policy.Promised.CONFERENCE_WINDOW,
                                dk.skolehjem.policy.Promised.NEEDS_TALK,
                                dk.skolehjem.policy.Promised.LEARNING_WINDOW,
                                dk.skolehjem.policy.Promised.INFORMED_PER_YEAR,
                                dk.skolehjem.policy.Promised.YEAR_PLAN,
                                dk.skolehjem.policy.Promised.COUNCIL_AGENDA_REQUEST);
            case "aalborg-kommune-pejlemaerker" ->
                assertThat(promised)
                        .as("the four bearings set no calendar: everything is the school's practice")
                        .isEmpty();
            default -> assertThat(promised).isNotEmpty();
        }
        if (seed.promise(dk.skolehjem.policy.Promised.PARENT_MEETING_HELD_BY).isEmpty()
                && seed.parentMeeting().enabled()) {
            assertThat(meetingDays("parent-meeting", "wait-meeting"))
                    .as("the November meeting was accepted: the board set no date")
                    .contains(LocalDate.of(2026, 11, 12));
        }
        if (!seed.needsTalk().enabled()) {
            assertThat(engine.getHistoryService()
                            .createHistoricProcessInstanceQuery()
                            .processDefinitionKey("needs-talk")
                            .count())
                    .as("no needs-based talk offered to every family where the board did not promise one")
                    .isZero();
        }
    }

    /**
     * Stall tests: the team (or the council) stays silent at one step all year. A silent team is reminded and then
     * leadership gets one follow-up task naming the step and the class; the year still ends on its last day, and the
     * summary lists the step as not finished. A silent council does not hold the meeting up: the team goes ahead.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "parent-meeting/planMeeting",
                "parent-meeting/recordMinutes",
                "conference-round/publishRound",
                "conference/recordConference",
                "needs-talk/recordTalk",
                "parent-meeting/sendWishes",
                "parent-meeting/approveMeeting"
            })
    void aSilentStep_neverStallsTheYearUnseen(String step) {
        silent = step;
        ProcessInstance year = runYear(TestPolicies.WHOLE_YEAR, false);
        setNow(LocalDate.of(2027, 8, 1), LocalTime.of(7, 0));
        runDueJobs();
        BpmnAwareTests.assertThat(year)
                .as("the year ends on its last day whatever is open")
                .isEnded();
        String summary = documents.documents.values().stream()
                .filter(d -> d.kind() == DocumentKind.YEAR_SUMMARY)
                .map(d -> PdfReading.text(documents.content(d.id())).replaceAll("\\s+", " "))
                .findFirst()
                .orElseThrow();
        String taskKey = step.substring(step.indexOf('/') + 1);
        if (step.endsWith("sendWishes") || step.endsWith("approveMeeting")) {
            assertThat(meetingDays("parent-meeting", "wait-meeting"))
                    .as("the council's silence does not hold the meeting up")
                    .hasSize(2);
            return;
        }
        var stalled = engine.getHistoryService()
                .createHistoricTaskInstanceQuery()
                .taskDefinitionKey(taskKey)
                .unfinished()
                .list();
        List<String> names =
                engine.getHistoryService().createHistoricTaskInstanceQuery().taskDefinitionKey(taskKey).list().stream()
                        .filter(t -> !"completed".equals(t.getDeleteReason()))
                        .map(org.camunda.bpm.engine.history.HistoricTaskInstance::getName)
                        .distinct()
                        .toList();
        assertThat(stalled)
                .as("history of an ended year has no unfinished tasks")
                .isEmpty();
        assertThat(names).as("the silent step existed").isNotEmpty();
        for (String name : names) {
            assertThat(name).as("a task name says the class").contains("5.A");
            assertThat(engine.getTaskService()
                            .createTaskQuery()
                            .taskCandidateGroup(GroupIds.leadership("demo"))
                            .taskName("Følg op: \"" + name + "\" er over fristen")
                            .count())
                    .as("leadership followed up on %s, once", name)
                    .isEqualTo(1);
            assertThat(summary)
                    .as("the year summary names the unfinished step")
                    .contains("Ikke afsluttet ved skoleårets slutning", name + ": åben siden");
        }
        engine.getTaskService().createTaskQuery().taskCandidateGroup(GroupIds.leadership("demo")).list().stream()
                .filter(t -> t.getProcessInstanceId() == null)
                .forEach(t -> engine.getTaskService().deleteTask(t.getId(), true));
    }

    /** Runs 5.A's year by the policy, day by day; with {@code monthly} the main test's checks after each month. */
    private ProcessInstance runYear(String policyId, boolean monthly) {
        yearPolicy = policies.get(policyId);
        setNow(FIRST_DAY, LocalTime.of(7, 0));
        ProcessInstance year = engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "school-year",
                        KEY,
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
                                policyId));
        for (YearMonth month = YearMonth.of(2026, 8);
                !month.isAfter(YearMonth.of(2027, 7));
                month = month.plusMonths(1)) {
            LocalDate firstOfMonth = month.atDay(1).isBefore(FIRST_DAY) ? FIRST_DAY : month.atDay(1);
            for (LocalDate day = firstOfMonth; !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
                for (LocalTime time : TIMES_OF_DAY) {
                    setNow(day, time);
                    runDueJobs();
                    doOpenTasks();
                }
                if (silent != null) {
                    overdue.run(); // the watch that runs every quarter of an hour in the application
                }
            }
            if (monthly) {
                checkAfter(month);
            }
        }
        return year;
    }

    /** The checks each month's end must pass: what the principle requires by then has happened, in its window. */
    private void checkAfter(YearMonth month) {
        checkWeeklyPlansUpTo(month.atEndOfMonth());
        if (month.equals(YearMonth.of(2027, 4))) {
            assertThat(meetingDays("parent-meeting", "wait-meeting"))
                    .as("the school's two parent meetings, the second by its own date")
                    .containsExactly(LocalDate.of(2026, 9, 24), LocalDate.of(2027, 4, 20));
        }
        if (month.equals(YearMonth.of(2026, 10))) {
            LocalDate meeting = onlyMeetingDay("parent-meeting", "wait-meeting");
            assertThat(YEAR.firstQuarter().contains(meeting))
                    .as("parent meeting %s in the first quarter (R2)", meeting)
                    .isTrue();
            assertThat(meeting)
                    .isBeforeOrEqualTo(YEAR.date(policy.parentMeeting().heldBy()));
            assertThat(documentKinds("parent-meeting"))
                    .as("agenda request, invitation and minutes (R3, R4)")
                    .containsExactly(DocumentKind.AGENDA_REQUEST, DocumentKind.INVITATION, DocumentKind.MINUTES);
            assertThat(recipientsOf(NotificationKind.INVITATION))
                    .as("every guardian with custody, not far1 (L6)")
                    .containsExactlyInAnyOrder("mor1", "mor2", "far2");
        }
        if (month.equals(YearMonth.of(2026, 12))) {
            DateRange window = window(policy.conference().window());
            List<LocalDate> held = meetingDays("conference", "wait-conference");
            assertThat(held)
                    .as("one conference per student (R5)")
                    .hasSize(2)
                    .allSatisfy(d -> assertThat(window.contains(d))
                            .as("conference %s in %s", d, window)
                            .isTrue());
            assertThat(passed("conference", "assignSlot"))
                    .as("the family that never booked got a time from the team")
                    .containsExactly(KEY + ":" + NEVER_BOOKS);
            assertThat(recipientsOf(NotificationKind.REMINDER))
                    .as("reminded to book, and the day before")
                    .contains("mor2", "far2", "mor1");
            assertThat(finished("conference-round")).isEqualTo(1);
        }
        if (month.equals(YearMonth.of(2027, 2))) {
            List<HistoricProcessInstance> offers = engine.getHistoryService()
                    .createHistoricProcessInstanceQuery()
                    .processDefinitionKey("needs-talk")
                    .list();
            assertThat(offers)
                    .as("the needs-based talk is offered to every student (R8)")
                    .extracting(HistoricProcessInstance::getBusinessKey)
                    .containsExactlyInAnyOrder(KEY + ":e1", KEY + ":e2");
            LocalDate offeredOn = YEAR.date(policy.needsTalk().offerOn());
            assertThat(offers)
                    .allSatisfy(o -> assertThat(day(o.getStartTime()))
                            .as("in the year's second half, on the principle's day")
                            .isEqualTo(offeredOn));
            assertThat(passed("needs-talk", "recordTalk"))
                    .as("held for the family that asked")
                    .containsExactly(KEY + ":e1");
            assertThat(endedAt("needs-talk", "end-declined"))
                    .as("offered and declined")
                    .containsExactly(KEY + ":e2");
        }
        if (month.equals(YearMonth.of(2027, 3))) {
            DateRange window = window(policy.learningConversation().window());
            List<LocalDate> held = meetingDays("learning-conversation", "wait-learning");
            assertThat(held)
                    .as("one student-led conversation per student (R9)")
                    .hasSize(2)
                    .allSatisfy(d -> assertThat(window.contains(d))
                            .as("learning conversation %s in %s", d, window)
                            .isTrue());
            for (String student : List.of("e1", "e2")) {
                assertThat(messageBook.completeness("demo", student, YEAR).timesParentsInformed())
                        .as("%s's parents informed after the conference and the learning conversation (R10)", student)
                        .isGreaterThanOrEqualTo(2);
            }
        }
    }

    /** R1: every school week up to {@code until} has had exactly one plan, published before it was due. */
    private void checkWeeklyPlansUpTo(LocalDate until) {
        SchoolCalendar calendar = policy.calendar(YEAR);
        TreeSet<LocalDate> schoolWeeks = new TreeSet<>();
        for (LocalDate monday = LocalDate.of(2026, 8, 17); monday.isBefore(YEAR.end()); monday = monday.plusWeeks(1)) {
            if (monday.datesUntil(monday.plusDays(5)).anyMatch(calendar::isSchoolDay)) {
                schoolWeeks.add(monday);
            }
        }
        // a week's plan is due on the Friday before it
        assertThat(new TreeSet<>(weeklyPlansPublished))
                .as("weekly plans published up to %s", until)
                .containsAll(schoolWeeks.headSet(until.plusDays(3), true));
        assertThat(weeklyPlansPublished).as("never twice for a week").doesNotHaveDuplicates();
        assertThat(weeklyPlansPublished)
                .as("holiday weeks have no plan")
                .allSatisfy(w -> assertThat(schoolWeeks).contains(w));
        assertThat(engine.getHistoryService()
                        .createHistoricActivityInstanceQuery()
                        .activityId("mark-late")
                        .count())
                .as("no plan was late")
                .isZero();
    }

    private void theYearSummaryShowsBothFamiliesInformedTwice() {
        List<StoredDocument> summaries = documents.documents.values().stream()
                .filter(d -> d.kind() == DocumentKind.YEAR_SUMMARY)
                .toList();
        assertThat(summaries).hasSize(1);
        StoredDocument summary = summaries.get(0);
        assertThat(summary.forGuardians()).isFalse();
        String text = PdfReading.text(documents.content(summary.id()));
        assertThat(text)
                .contains(
                        "Forældrene orienteret om udbyttet, som princippet lover",
                        "2 af 2 elever",
                        "Forældremøde",
                        "Skole-hjem-samtale",
                        "Elevstyret læringssamtale",
                        "Behovssamtale");
        assertThat(text.replaceAll("\\s+", " "))
                .as("the principle point by point, in the board's words")
                .contains(
                        "Princippet punkt for punkt",
                        "Forældremøde holdt: Holdt (24. september 2026) – princippet: »Der afholdes som minimum",
                        "Skole-hjem-samtale holdt: 2 holdt af 2 elever – princippet: »");
        assertThat(documents.documents.values())
                .extracting(StoredDocument::kind)
                .as("a document from every meeting step")
                .contains(
                        DocumentKind.AGENDA_REQUEST,
                        DocumentKind.INVITATION,
                        DocumentKind.MINUTES,
                        DocumentKind.YEAR_SUMMARY);
    }

    // ---- the simulated people ----

    private void doOpenTasks() {
        for (int round = 0; round < 50; round++) {
            boolean acted = false;
            for (Task task : engine.getTaskService()
                    .createTaskQuery()
                    .orderByTaskCreateTime()
                    .asc()
                    .list()) {
                Map<String, Object> answer = answer(task);
                if (answer != null) {
                    engine.getTaskService().complete(task.getId(), answer);
                    runDueJobs();
                    acted = true;
                    break;
                }
            }
            if (!acted) {
                return;
            }
        }
        fail("Opgaverne bliver ved med at komme igen");
    }

    /** What the person with this task answers, or null when they leave it (the family that never books). */
    private Map<String, Object> answer(Task task) {
        if (task.getProcessDefinitionId() == null) {
            return null; // leadership's follow-ups are read, not answered, in this year
        }
        String process = task.getProcessDefinitionId()
                .substring(0, task.getProcessDefinitionId().indexOf(':'));
        if ((process + "/" + task.getTaskDefinitionKey()).equals(silent)) {
            return null;
        }
        String student = studentOf(task);
        LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(CPH).toLocalDate();
        return switch (process + "/" + task.getTaskDefinitionKey()) {
            case "school-year/fillInYearPlan" ->
                Map.of(
                        "conferencePlan",
                        "Uge 46: skole-hjem-samtaler",
                        "projectWork",
                        "Uge 12: projektuge",
                        "themeWeeks",
                        "Uge 40: trivselsuge",
                        "otherEvents",
                        "December: julehygge med forældrene");
            case "parent-meeting/sendWishes" -> Map.of("councilWishes", "Fødselsdagsaftaler", "councilQuestions", "");
            case "parent-meeting/planMeeting" ->
                Map.of(
                        "meetingDate",
                        // the school's second meeting ("i passende omfang") is in spring
                        Integer.valueOf(2).equals(engine.getTaskService().getVariable(task.getId(), "meetingNumber"))
                                ? "2027-04-20"
                                // a board that sets no date gets the team's November meeting, no reason asked
                                : yearPolicy
                                                .promise(dk.skolehjem.policy.Promised.PARENT_MEETING_HELD_BY)
                                                .isPresent()
                                        ? "2026-09-24"
                                        : "2026-11-12",
                        "meetingTime",
                        "19:00",
                        "meetingLength",
                        120L,
                        "place",
                        "Klasselokalet",
                        "agenda",
                        "1. Velkommen\n2. Årets plan\n3. Kommunikation");
            case "parent-meeting/approveMeeting" -> Map.of("approved", true);
            case "parent-meeting/followUpPlanning" -> Map.of("followUpNote", "Talt med teamet om mødet");
            case "parent-meeting/recordMinutes" ->
                Map.of(
                        "present",
                        everyoneInvited(task),
                        "decisions",
                        "Julehygge i december",
                        "agreements",
                        "Kontaktforældrene arrangerer julehygge");
            case "conference-round/publishRound" -> roundPlan("2026-11-09", "2026-11-10", "2026-11-06");
            case "conference/bookConference" ->
                NEVER_BOOKS.equals(student)
                        ? null
                        : Map.of(
                                "slot",
                                firstSlot(task),
                                "howIsChild",
                                "Glad for skolen",
                                "wantToTalkAbout",
                                "Venskaber",
                                "interpreterNeeded",
                                false);
            case "conference/assignSlot", "learning-conversation/assignLearningSlot" -> Map.of("slot", firstSlot(task));
            case "conference/prepareWithStudent" ->
                Map.of("studentProud", "Min fremlæggelse", "studentImprove", "Brøker");
            case "conference/recordConference" ->
                Map.of(
                        "attended",
                        true,
                        "strengths",
                        "Nysgerrig og hjælpsom",
                        "goalDanish",
                        "Læser en kapitelbog om måneden",
                        "goalLanguage",
                        "skal ikke med i 5. klasse",
                        "agreements",
                        "Forældrene læser højt hver aften",
                        "nextFocus",
                        "Brøker",
                        "concern",
                        false,
                        "present",
                        everyoneInvited(task));
            case "needs-talk/guardiansAnswer" ->
                NEVER_BOOKS.equals(student)
                        ? Map.of("wantTalk", false)
                        : Map.of("wantTalk", true, "guardiansAbout", "Venskaber i klassen");
            case "needs-talk/teamAnswers" -> Map.of("teamWantsTalk", false);
            case "needs-talk/proposeTime" ->
                Map.of(
                        "talkDate",
                        nextSchoolDay(today.plusDays(6)).toString(),
                        "talkTime",
                        "15:00",
                        "talkPlace",
                        "Mødelokale 1");
            case "needs-talk/acceptTime" -> Map.of("timeAccepted", true);
            case "needs-talk/recordTalk" ->
                Map.of(
                        "summary",
                        "Vi talte om venskaber i klassen",
                        "agreements",
                        "Klasseteamet: makkerordning i frikvarteret",
                        "nextFocus",
                        "Venskaber i klassen",
                        "present",
                        everyoneInvited(task));
            case "learning-round/publishRound" -> roundPlan("2027-02-02", "2027-02-03", "2027-01-25");
            case "learning-conversation/recordChoice" ->
                Map.of("studentShows", "Min model af solsystemet", "studentWhy", "Jeg er stolt af den");
            case "learning-conversation/bookLearning" ->
                NEVER_BOOKS.equals(student) ? null : Map.of("slot", firstSlot(task), "interpreterNeeded", false);
            case "learning-conversation/recordLearningConversation" ->
                Map.of(
                        "attended",
                        true,
                        "shown",
                        "Solsystemet",
                        "feedback",
                        "Flot fortalt",
                        "goalMath",
                        "Store tal og afstande",
                        "goalSocial",
                        "Hjælper makkeren",
                        "agreements",
                        "Eleven: regner en afstand om ugen",
                        "nextFocus",
                        "Store tal",
                        "present",
                        everyoneInvited(task));
            case "weekly-plan/publishWeeklyPlan" -> {
                weeklyPlansPublished.add(day((Date) engine.getTaskService().getVariable(task.getId(), "planWeek")));
                yield Map.of(
                        "subjects",
                        "Dansk: vi læser H.C. Andersen\nMatematik: brøker",
                        "classNews",
                        "Husk idrætstøj",
                        "platformLink",
                        "https://laering.example/5a");
            }
            default ->
                fail("Ingen i testen ved, hvad der skal svares på " + process + "/" + task.getTaskDefinitionKey());
        };
    }

    /** A record form's attendance: everyone the process invited is ticked. */
    private Object everyoneInvited(Task task) {
        var invited =
                (org.camunda.spin.json.SpinJsonNode) engine.getTaskService().getVariable(task.getId(), "invited");
        return dk.skolehjem.Checklists.ticked(invited.elements().stream()
                .map(o -> o.prop("value").stringValue())
                .toArray(String[]::new));
    }

    private static Map<String, Object> roundPlan(String first, String last, String deadline) {
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

    private String firstSlot(Task task) {
        return OfferedSlots.first(engine, task);
    }

    private LocalDate nextSchoolDay(LocalDate from) {
        LocalDate day = from;
        while (!policy.calendar(YEAR).isSchoolDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private String studentOf(Task task) {
        String key = engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult()
                .getBusinessKey();
        String[] parts = key.split(":");
        return parts.length == 4 ? parts[3] : null;
    }

    // ---- the engine's side ----

    /** Runs every job that is due now (timers, asynchronous steps), including those the jobs themselves create. */
    private void runDueJobs() {
        for (int i = 0; i < 1000; i++) {
            List<Job> due = engine.getManagementService()
                    .createJobQuery()
                    .executable()
                    .orderByJobDuedate()
                    .asc()
                    .list();
            if (due.isEmpty()) {
                return;
            }
            engine.getManagementService().executeJob(due.get(0).getId());
        }
        fail("Jobbene stopper aldrig");
    }

    /** Colleagues, the class parent council and leadership as the engine's identity service knows them. */
    private void people() {
        var identity = engine.getIdentityService();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        groups.put(GroupIds.team("demo", "5.A"), List.of("laerer5a"));
        groups.put(GroupIds.council("demo", "5.A"), List.of("mor1"));
        groups.put(GroupIds.leadership("demo"), List.of("leder"));
        groups.forEach((group, members) -> {
            identity.saveGroup(identity.newGroup(group));
            members.forEach(m -> {
                if (identity.createUserQuery().userId(m).count() == 0) {
                    identity.saveUser(identity.newUser(m));
                }
                identity.createMembership(m, group);
            });
        });
    }

    // ---- reading the history ----

    private List<LocalDate> meetingDays(String process, String meetingStartsEvent) {
        return activities(process, meetingStartsEvent).stream()
                .filter(a -> a.getEndTime() != null)
                .map(a -> day(a.getEndTime()))
                // the history query has no order of its own: the meetings in the order they were held
                .sorted()
                .toList();
    }

    private LocalDate onlyMeetingDay(String process, String meetingStartsEvent) {
        List<LocalDate> days = meetingDays(process, meetingStartsEvent);
        assertThat(days).as(process + " held once").hasSize(1);
        return days.get(0);
    }

    private List<HistoricActivityInstance> activities(String process, String activityId) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(activityId).list().stream()
                .filter(a -> a.getProcessDefinitionKey().equals(process))
                .toList();
    }

    private List<String> passed(String process, String activityId) {
        return activities(process, activityId).stream()
                .map(a -> businessKey(a.getProcessInstanceId()))
                .toList();
    }

    private List<String> endedAt(String process, String endEvent) {
        return passed(process, endEvent);
    }

    private long finished(String process) {
        return engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processDefinitionKey(process)
                .finished()
                .count();
    }

    private String businessKey(String processInstanceId) {
        return engine.getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult()
                .getBusinessKey();
    }

    private List<DocumentKind> documentKinds(String process) {
        return documents.documents.values().stream()
                .filter(d -> d.processInstanceId() != null
                        && engine.getHistoryService()
                                        .createHistoricProcessInstanceQuery()
                                        .processInstanceId(d.processInstanceId())
                                        .processDefinitionKey(process)
                                        .count()
                                == 1)
                .sorted(Comparator.comparing(StoredDocument::createdAt))
                .map(StoredDocument::kind)
                .toList();
    }

    private List<String> recipientsOf(NotificationKind kind) {
        return sent.all().stream()
                .filter(n -> n.kind() == kind)
                .map(Notification::recipient)
                .distinct()
                .toList();
    }

    private static DateRange window(SchoolPolicy.Window window) {
        return new DateRange(YEAR.date(window.from()), YEAR.date(window.to()));
    }

    private static LocalDate day(Date date) {
        return date.toInstant().atZone(CPH).toLocalDate();
    }

    private static void setNow(LocalDate day, LocalTime time) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(CPH).toInstant()));
    }

    private void clearTheClassesRecords() {
        jdbc.update("delete from app.message_book_goal");
        jdbc.update("delete from app.message_book_agreement");
        jdbc.update("delete from app.message_book_entry");
        jdbc.update("delete from app.conference_slot");
        jdbc.update("delete from app.conference_round");
    }
}
