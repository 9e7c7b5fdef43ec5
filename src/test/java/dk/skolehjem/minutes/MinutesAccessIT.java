package dk.skolehjem.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.Http;
import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.TestSchools;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.roster.RosterImportService;
import dk.skolehjem.schoolyear.SchoolYearRollout;
import java.time.LocalDate;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Who may download which document, asked over HTTP for every role; everyone not entitled gets 404. */
@SkoleHjemIT
class MinutesAccessIT {

    @LocalServerPort
    int port;

    @Autowired
    MinutesService minutes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RosterImportService roster;

    @Autowired
    SchoolYearRollout rollout;

    @Autowired
    IdentityService identity;

    @Autowired
    CaseInvitations invitations;

    private String own;
    private String notInCustody;
    private String otherClass;
    private String internal;
    private String caseDocument;
    private String caseId;

    @BeforeEach
    void documents() {
        TestSchools.ensureAnden(roster, rollout, identity);
        caseId = "case-" + UUID.randomUUID();
        own = create("5.A", "e5a01", null, true);
        notInCustody = create("5.A", "e5a06", null, true);
        otherClass = create("0.A", null, null, true);
        internal = create("5.A", "e5a01", null, false);
        caseDocument = create("5.A", "e5a01", caseId, true);
    }

    @Test
    void theClassTeamAndLeadershipReadTheirSchoolsDocuments() {
        Http.Answer pdf = Http.as(port, "laerer").get("/api/minutes/" + own);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).startsWith("%PDF-");
        assertThat(status("laerer", internal)).isEqualTo(200);
        assertThat(status("laerer", otherClass)).isEqualTo(404);
        assertThat(status("paedagog", otherClass)).isEqualTo(200);
        assertThat(status("paedagog", own)).isEqualTo(404);
        for (String id : new String[] {own, notInCustody, otherClass, internal, caseDocument}) {
            assertThat(status("leder", id)).isEqualTo(200);
        }
    }

    @Test
    void guardiansReadOnlyTheirOwnChildsDocumentsMeantForThem() {
        assertThat(status("foraelder1", own)).isEqualTo(200);
        assertThat(status("foraelder1", internal)).as("internal document").isEqualTo(404);
        assertThat(status("foraelder1", notInCustody))
                .as("another family's child")
                .isEqualTo(404);
        assertThat(status("foraelder1", otherClass)).isEqualTo(404);
        assertThat(status("foraelder2", notInCustody))
                .as("listed without custody")
                .isEqualTo(404);
        assertThat(status("foraelder2", own)).isEqualTo(404);
        assertThat(Http.as(port, "foraelder1")
                        .get("/api/minutes?school=demo&student=e5a01")
                        .json())
                .extracting(l -> l.get("document").get("id").asText())
                .contains(own, caseDocument)
                .doesNotContain(internal);
        assertThat(Http.as(port, "foraelder2")
                        .get("/api/minutes?school=demo&student=e5a06")
                        .json())
                .isEmpty();
    }

    @Test
    void pprReadsACaseOnlyAfterBeingInvitedToIt() {
        assertThat(status("ppr", caseDocument)).isEqualTo(404);
        assertThat(status("ppr", own)).isEqualTo(404);
        invitations.invite(caseId, "ppr");
        assertThat(status("ppr", caseDocument)).isEqualTo(200);
        assertThat(status("ppr", own)).as("other documents stay closed").isEqualTo(404);
        invitations.withdraw(caseId, "ppr");
        assertThat(status("ppr", caseDocument)).as("invitation withdrawn").isEqualTo(404);
    }

    @Test
    void everyoneElseGetsNotFound() {
        assertThat(Http.anonymous(port).get("/api/minutes/" + own).status()).isEqualTo(401);
        assertThat(status("demo", own))
                .as("the administrator runs the system, does not read about children")
                .isEqualTo(404);
        assertThat(status("anden-laerer", own)).isEqualTo(404);
        assertThat(status("anden-leder", own)).isEqualTo(404);
        assertThat(status("anden-foraelder", own)).isEqualTo(404);
        assertThat(status("laerer", UUID.randomUUID().toString())).isEqualTo(404);
    }

    @Test
    void classCodesRepeatEveryYear_soLastYearsClassDocumentsStayWithLastYear() {
        String lastYear = SchoolYear.of(LocalDate.now()).startYear() - 1 + "-"
                + String.format("%02d", SchoolYear.of(LocalDate.now()).startYear() % 100);
        String oldClassDoc = minutes.create(
                        ExampleDocuments.minutes(),
                        new DocumentContext("demo", lastYear, "5.A", null, null, null, "laerer", true))
                .document()
                .id();
        String oldStudentDoc = minutes.create(
                        ExampleDocuments.minutes(),
                        new DocumentContext("demo", lastYear, "4.A", "e5a01", null, null, "laerer", true))
                .document()
                .id();
        assertThat(status("laerer", oldClassDoc)).isEqualTo(404);
        assertThat(status("foraelder1", oldClassDoc)).isEqualTo(404);
        assertThat(status("leder", oldClassDoc)).isEqualTo(200);
        assertThat(status("laerer", oldStudentDoc))
                .as("a student's documents follow the student")
                .isEqualTo(200);
        assertThat(status("foraelder1", oldStudentDoc)).isEqualTo(200);
    }

    @Test
    void twoCorrectionsAtTheSameMomentHaveOneWinner() throws Exception {
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.Callable<Integer> correct = () -> {
                start.await();
                return Http.as(port, "laerer")
                        .postJson("/api/minutes/" + own + "/corrections", ExampleDocuments.minutes())
                        .status();
            };
            var a = pool.submit(correct);
            var b = pool.submit(correct);
            start.countDown();
            assertThat(java.util.List.of(a.get(), b.get())).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from app.document where replaces_id = ?", Integer.class, own))
                .isEqualTo(1);
    }

    @Test
    void everyDownloadIsAudited() {
        int before = downloads(own);
        Http.as(port, "foraelder1").get("/api/minutes/" + own);
        Http.as(port, "foraelder2").get("/api/minutes/" + own);
        assertThat(downloads(own)).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject(
                        "select user_id from app.document_download where document_id = ? "
                                + "order by id desc fetch first 1 rows only",
                        String.class,
                        own))
                .isEqualTo("foraelder1");
    }

    @Test
    void aCorrectionIsANewVersionAndTheOldOneStays() {
        String sha = jdbc.queryForObject("select sha256 from app.document where id = ?", String.class, own);
        MeetingDocument corrected = ExampleDocuments.minutes();
        assertThat(Http.as(port, "foraelder1")
                        .postJson("/api/minutes/" + own + "/corrections", corrected)
                        .status())
                .as("staff only, by the rule list")
                .isEqualTo(404);
        Http.Answer answer = Http.as(port, "laerer").postJson("/api/minutes/" + own + "/corrections", corrected);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("replacesId").asText()).isEqualTo(own);
        assertThat(answer.json().get("createdBy").asText()).isEqualTo("laerer");
        assertThat(Http.as(port, "laerer")
                        .postJson("/api/minutes/" + own + "/corrections", corrected)
                        .status())
                .isEqualTo(409);
        assertThat(jdbc.queryForObject("select sha256 from app.document where id = ?", String.class, own))
                .isEqualTo(sha);
        assertThat(Http.as(port, "foraelder1")
                        .get("/api/minutes?school=demo&student=e5a01")
                        .json())
                .filteredOn(l -> l.get("document").get("id").asText().equals(own))
                .extracting(l -> l.get("replacedBy").asText())
                .containsExactly(answer.json().get("id").asText());
    }

    private int status(String login, String id) {
        return Http.as(port, login).get("/api/minutes/" + id).status();
    }

    private int downloads(String id) {
        return jdbc.queryForObject(
                "select count(*) from app.document_download where document_id = ?", Integer.class, id);
    }

    private String create(String classCode, String studentId, String processInstanceId, boolean forGuardians) {
        return minutes.create(
                        ExampleDocuments.minutes(),
                        new DocumentContext(
                                "demo",
                                SchoolYear.of(LocalDate.now()).toString(),
                                classCode,
                                studentId,
                                processInstanceId,
                                null,
                                "laerer",
                                forGuardians))
                .document()
                .id();
    }
}
