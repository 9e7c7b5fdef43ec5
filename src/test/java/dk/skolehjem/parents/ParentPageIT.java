package dk.skolehjem.parents;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.Http;
import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.family.ProcessStarts;
import dk.skolehjem.minutes.DocumentContext;
import dk.skolehjem.minutes.ExampleDocuments;
import dk.skolehjem.minutes.MinutesService;
import dk.skolehjem.roster.GroupIds;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Mit barn" over HTTP for everyone who might try it: the guardian with custody sees the child, the coming
 * meetings, their tasks and documents and can ask the school for things; a guardian without custody, one whose
 * rights are suspended, another family's guardian and staff of another class see nothing about the child and
 * cannot download its documents; the family sees what it has asked for and where it stands, and never a request about
 * a child outside its custody. A suspension takes effect at once and lifting it gives the rights back.
 */
@SkoleHjemIT
class ParentPageIT {

    @LocalServerPort
    int port;

    @Autowired
    MinutesService minutes;

    @Autowired
    RuntimeService runtime;

    @Autowired
    HistoryService history;

    @Autowired
    TaskService tasks;

    @Autowired
    IdentityService identity;

    @Autowired
    GuardianSuspensions suspensions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ProcessStarts starts;

    @Autowired
    dk.skolehjem.roster.RosterImportService rosterImport;

    @Autowired
    dk.skolehjem.schoolyear.SchoolYearRollout rollout;

    private String louisesMinutes;
    private String hamzasMinutes;
    private String zofiasMinutes;

    @BeforeEach
    void documents() {
        louisesMinutes = create("5.A", "e5a01");
        hamzasMinutes = create("5.A", "e5a06");
        zofiasMinutes = create("5.A", "e5a02");
    }

    @Test
    void theGuardianWithCustodySeesTheirChild_andAsksTheSchoolForATalkFromThePage() {
        Http parent = Http.as(port, "foraelder1");
        Http.Answer page = parent.get("/foraeldre");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Louise Hansen, 5.A",
                        "Kommende møder",
                        "Opgaver til dig",
                        "Anmod om samtale",
                        "Besøg i klassen",
                        "Fortæl skolen om en stor ændring",
                        "/api/minutes/" + louisesMinutes)
                .doesNotContain("Hamza", "Zofia", hamzasMinutes);
        assertThat(parent.get("/api/minutes/" + louisesMinutes).status()).isEqualTo(200);

        Http.Answer form = parent.get("/foraeldre/samtale?barn=e5a01");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Anmod om samtale", "Louise Hansen, 5.A", "Hvad vil I gerne tale om?");
        long before = talksAbout("e5a01");
        Http.Answer empty = parent.postForm("/foraeldre/samtale?barn=e5a01", Map.of("requestAbout", " "));
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("Hvad vil I gerne tale om?", "class=\"error\"");
        assertThat(talksAbout("e5a01")).as("nothing started").isEqualTo(before);

        Http.Answer sent =
                parent.postForm("/foraeldre/samtale?barn=e5a01", Map.of("requestAbout", "Lektier og trivsel"));
        assertThat(sent.status()).isEqualTo(302);
        assertThat(parent.lastLocation()).endsWith("/foraeldre?sendt=samtale");
        assertThat(talksAbout("e5a01")).isEqualTo(before + 1);
        assertThat(parent.get("/foraeldre?sendt=samtale").body()).contains("skolen har fået jeres besked");
    }

    @Test
    void theFamilySeesWhatItAskedFor_waitingThenTheAgreedTime_andNoRequestAboutAChildOutsideItsCustody() {
        Http parent = Http.as(port, "foraelder1");
        String about = "Læsning og lektier " + java.util.UUID.randomUUID();
        assertThat(parent.postForm("/foraeldre/samtale?barn=e5a01", Map.of("requestAbout", about))
                        .status())
                .isEqualTo(302);
        assertThat(parent.get("/foraeldre").body())
                .contains("Det har I bedt om", "Anmodning om samtale", "Venter på svar fra klasseteamet");

        // the class team proposes a time and the family accepts it, driven here as the system
        String talk = runtime.createProcessInstanceQuery()
                .processDefinitionKey("needs-talk")
                .variableValueEquals("requestAbout", about)
                .singleResult()
                .getId();
        LocalDate day = LocalDate.now(DanishDates.ZONE).plusDays(7);
        String time = DanishDates.full(day) + " kl. 15.00, Mødelokale 2";
        tasks.complete(
                openTask(talk, "proposeTime"),
                Map.of("talkDate", day.toString(), "talkTime", "15:00", "talkPlace", "Mødelokale 2"));
        assertThat(parent.get("/foraeldre").body()).contains("Klasseteamet foreslår " + time);
        tasks.complete(openTask(talk, "acceptTime"), Map.of("timeAccepted", true));
        assertThat(parent.get("/foraeldre").body()).contains("Aftalt " + time);

        // Louise's other parent tells the school about a big change: it is the family's request, so it shows
        starts.start(
                "g5a01b",
                "life-event",
                starts.student("g5a01b", "life-event", "e5a01").orElseThrow(),
                Map.of("changeKind", "sygdom", "description", "Farmor er syg"));
        assertThat(parent.get("/foraeldre").body()).contains("Besked om en stor ændring");

        // Hamza's mother does the same; foraelder2 is listed for Hamza without custody (L6) and sees none of it
        starts.start(
                "g5a06a",
                "life-event",
                starts.student("g5a06a", "life-event", "e5a06").orElseThrow(),
                Map.of("changeKind", "sygdom", "description", "Mormor er syg"));
        assertThat(Http.as(port, "foraelder2").get("/foraeldre").body())
                .contains("Det har I bedt om")
                .doesNotContain("Hamza", "Besked om en stor ændring");
    }

    private String openTask(String processInstanceId, String taskKey) {
        return tasks.createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(taskKey)
                .singleResult()
                .getId();
    }

    @Test
    void nobodyElseSeesTheChildOrItsDocuments() {
        Http otherFamily = Http.as(port, "foraelder2");
        String page = otherFamily.get("/foraeldre").body();
        assertThat(page)
                .as("custody of Zofia only, not of Hamza (L6)")
                .contains("Zofia Bøgh")
                .doesNotContain("Louise", "Hamza", louisesMinutes, hamzasMinutes);
        assertThat(otherFamily.get("/api/minutes/" + louisesMinutes).status())
                .as("another family's child")
                .isEqualTo(404);
        assertThat(otherFamily.get("/api/minutes/" + hamzasMinutes).status())
                .as("no custody")
                .isEqualTo(404);
        Http.Answer notTheirs = otherFamily.get("/foraeldre/samtale?barn=e5a01");
        assertThat(notTheirs.status()).isEqualTo(404);
        assertThat(notTheirs.json().get("title").asText()).as("in Danish").isEqualTo("Findes ikke");
        assertThat(notTheirs.body()).doesNotContain("Louise");
        assertThat(otherFamily
                        .postForm("/foraeldre/aendring?barn=e5a06", Map.of("changeKind", "andet", "description", "x"))
                        .status())
                .isEqualTo(404);

        Http otherClass = Http.as(port, "paedagog");
        assertThat(otherClass.get("/foraeldre").body()).doesNotContain("Louise");
        assertThat(otherClass.get("/api/minutes/" + louisesMinutes).status())
                .as("staff of 0.A")
                .isEqualTo(404);
    }

    @Test
    void aSuspendedGuardianSeesNothingAtOnce_andGetsTheRightsBackWhenItIsLifted() {
        dk.skolehjem.TestSchools.ensureAnden(rosterImport, rollout, identity);
        Http admin = Http.as(port, "leder");
        assertThat(Http.as(port, "demo").get("/ledelse/suspenderinger").status())
                .as("a school's decision about a child: not the technical administrator's")
                .isEqualTo(404);
        assertThat(Http.as(port, "anden-leder")
                        .postForm(
                                "/ledelse/suspenderinger",
                                Map.of("school", "demo", "student", "e5a02", "guardian", "foraelder2", "reason", "x"))
                        .body())
                .as("another school's leader suspends at their own school only")
                .contains("Suspenderet forældremyndighed")
                .doesNotContain("suspenderet med det samme");
        Http.Answer refused = admin.postForm(
                "/ledelse/suspenderinger",
                Map.of(
                        "school",
                        "demo",
                        "student",
                        "e5a06",
                        "guardian",
                        "foraelder2",
                        "reason",
                        "Afgørelse fra kommunen"));
        assertThat(refused.body()).as("no custody to suspend").contains("har ikke forældremyndighed over Hamza Kjær");

        Http.Answer done = admin.postForm(
                "/ledelse/suspenderinger",
                Map.of(
                        "school",
                        "demo",
                        "student",
                        "e5a02",
                        "guardian",
                        "foraelder2",
                        "reason",
                        "Afgørelse fra kommunen"));
        assertThat(done.body()).contains("Forældremyndigheden er suspenderet med det samme.");
        long id = suspensions.list().get(0).id();
        try {
            Http suspended = Http.as(port, "foraelder2");
            Http.Answer page = suspended.get("/foraeldre");
            assertThat(page.status())
                    .as("no child left in custody: no parents' door at all")
                    .isEqualTo(404);
            assertThat(page.body()).doesNotContain("Zofia", zofiasMinutes);
            assertThat(suspended.get("/api/minutes/" + zofiasMinutes).status()).isEqualTo(404);
            assertThat(suspended.get("/foraeldre/samtale?barn=e5a02").status()).isEqualTo(404);
            assertThat(tasks.createTaskQuery()
                            .taskCandidateUser("foraelder2")
                            .processInstanceBusinessKeyLike("%:demo:5.A:e5a02")
                            .count())
                    .as("open tasks about Zofia are taken away")
                    .isZero();
            assertThat(Http.as(port, "foraelder2")
                            .get("/ledelse/suspenderinger")
                            .status())
                    .isEqualTo(404);
        } finally {
            admin.postForm("/ledelse/suspenderinger/" + id + "/ophaev", Map.of());
        }
        assertThat(Http.as(port, "foraelder2").get("/foraeldre").body()).contains("Zofia Bøgh");
        assertThat(Http.as(port, "foraelder2")
                        .get("/api/minutes/" + zofiasMinutes)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aSuspendedCouncilMemberLeavesTheClassCouncil_andTheParentsGroup_untilItIsLifted() {
        assertThat(groupsOf("foraelder1")).contains(GroupIds.council("demo", "5.A"), GroupIds.guardians("demo"));
        long id = suspensions.suspend("demo", "e5a01", "foraelder1", "Afgørelse fra kommunen", "demo");
        try {
            assertThat(groupsOf("foraelder1"))
                    .as("council tasks would say where the child is (L7)")
                    .doesNotContain(GroupIds.council("demo", "5.A"), GroupIds.guardians("demo"));
            assertThat(tasks.createTaskQuery()
                            .taskCandidateUser("foraelder1")
                            .includeAssignedTasks()
                            .processInstanceBusinessKeyLike("%:demo:5.A%")
                            .count())
                    .isZero();
            assertThat(identity.createUserQuery().userId("foraelder1").count())
                    .as("the login stays")
                    .isEqualTo(1);
        } finally {
            suspensions.lift(id, "demo");
        }
        assertThat(groupsOf("foraelder1")).contains(GroupIds.council("demo", "5.A"), GroupIds.guardians("demo"));
    }

    private java.util.List<String> groupsOf(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream()
                .map(g -> g.getId())
                .toList();
    }

    private long talksAbout(String student) {
        return history.createHistoricProcessInstanceQuery()
                .processDefinitionKey("needs-talk")
                .processInstanceBusinessKeyLike("%:demo:5.A:" + student)
                .count();
    }

    private String create(String classCode, String studentId) {
        return minutes.create(
                        ExampleDocuments.minutes(),
                        new DocumentContext(
                                "demo",
                                SchoolYear.of(LocalDate.now()).toString(),
                                classCode,
                                studentId,
                                null,
                                null,
                                "laerer",
                                true))
                .document()
                .id();
    }
}
