package dk.skolehjem.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dk.skolehjem.Http;
import dk.skolehjem.SkoleHjemIT;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The roster import over REST, as a school office would upload its export. Uses its own school, "importskole". */
@SkoleHjemIT
class RosterImportIT {

    private static final String SCHOOLS = "school_id;school_name;policy\nimportskole;Importskolen;himmelev-skole\n";
    private static final String STUDENTS = """
            school_id;class;student_id;student_name;guardian_id;guardian_name;guardian_email;guardian_phone;custody
            importskole;2.C;i-e1;Åse Ærø-Østergaard;i-g1;Zofia Wiśniewska;zofia@import.example;+45 11 22 33 44;ja
            importskole;2.C;i-e1;Åse Ærø-Østergaard;i-g2;Jürgen Müller;;;nej
            importskole;2.C;i-e2;محمد العلي;i-g3;Faadumo Cabdi Maxamed;faadumo@import.example;;ja
            importskole;2.C;i-e3;Ayşe Yılmaz;i-g4;Emine Yılmaz;emine@import.example;;ja
            """;
    private static final String STAFF = """
            school_id;staff_id;name;email;role;classes
            importskole;i-t1;Karin Kjær;karin@import.example;lærer;2.C
            importskole;i-l1;Leif Leth;leif@import.example;leder;
            """;
    private static final String COUNCILS = "school_id;class;guardian_id\nimportskole;2.C;i-g1\n";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RosterStartupImport startupImport;

    @Autowired
    RosterImportService imports;

    @Autowired
    TaskService tasks;

    @Test
    void aGoodExportImportsOnceAndAgainChangesNothing() {
        Http admin = Http.as(port, "demo");
        Http.Answer first = admin.postFiles("/api/roster/import", files(STUDENTS, STAFF, COUNCILS));
        assertThat(first.status()).as(first.body()).isEqualTo(200);

        assertThat(jdbc.queryForList(
                        "select name from app.student where school_id = 'importskole' order by id", String.class))
                .containsExactly("Åse Ærø-Østergaard", "محمد العلي", "Ayşe Yılmaz");
        User zofia = identity.createUserQuery().userId("i-g1").singleResult();
        assertThat(zofia.getFirstName() + " " + zofia.getLastName()).isEqualTo("Zofia Wiśniewska");
        assertThat(groupsOf("i-g1")).containsExactlyInAnyOrder("guardians-importskole", "council-importskole-2c");
        assertThat(groupsOf("i-t1")).containsExactlyInAnyOrder("staff-importskole", "team-importskole-2c");
        assertThat(groupsOf("i-l1")).containsExactlyInAnyOrder("staff-importskole", "leadership-importskole");
        assertThat(identity.createGroupQuery()
                        .groupId("team-importskole-2c")
                        .singleResult()
                        .getName())
                .isEqualTo("Klasseteam 2.C, Importskolen");
        assertThat(identity.createUserQuery().userId("i-g2").count())
                .as("no custody, no login (L6)")
                .isZero();
        assertThat(identity.createTenantQuery()
                        .tenantId("importskole")
                        .singleResult()
                        .getName())
                .isEqualTo("Importskolen");

        Http.Answer again = admin.postFiles("/api/roster/import", files(STUDENTS, STAFF, COUNCILS));
        assertThat(again.status()).isEqualTo(200);
        JsonNode report = again.json();
        assertThat(report.get("createdUsers")).isEmpty();
        assertThat(report.get("disabledUsers")).isEmpty();
        assertThat(report.get("updatedUsers").asInt()).isZero();
        report.get("tables")
                .forEach(t -> assertThat(t.get("inserted").asInt()
                                + t.get("updated").asInt()
                                + t.get("deactivated").asInt())
                        .isZero());
        assertThat(report.get("changedAnything").asBoolean()).isFalse();
    }

    @Test
    void badFilesAreRefusedWithEveryErrorAndNothingIsImported() {
        Map<String, Object> before = counts();
        String students = """
                school_id;class;student_id;student_name;guardian_id;guardian_name;guardian_email;guardian_phone;custody
                fejlskole;4.A;f-e1;Anna Andersen;f-g1;Bo Andersen;bo@fejl.example;;ja
                fejlskole;4.A;f-e2;Carl Carlsen;f-g2;Dorte Carlsen
                fejlskole;4.A;f-e3;Ella Eriksen;f-g3;Finn Eriksen;;;ja
                fejlskole;4.A;f-e1;Anne Andersen;f-g4;Gitte Andersen;gitte@fejl.example;;ja
                """;
        String staff =
                "school_id;staff_id;name;email;role;classes\nfejlskole;f-t1;Tove;tove@fejl.example;lærer;4.A,9.Z\n";
        Http.Answer answer = Http.as(port, "demo")
                .postFiles(
                        "/api/roster/import",
                        Map.of(
                                "schools",
                                "school_id;school_name;policy\nfejlskole;Fejlskolen;standard\n",
                                "students",
                                students,
                                "staff",
                                staff,
                                "councils",
                                "school_id;class;guardian_id\n"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("detail").asText()).contains("intet er ændret");
        assertThat(answer.json().get("problems"))
                .extracting(p -> p.get("file").asText() + ":" + p.get("line").asInt() + ":"
                        + p.get("field").asText() + ":" + p.get("message").asText())
                .containsExactly(
                        "students.csv:3:null:forventede 9 felter adskilt af ';', fandt 6",
                        "students.csv:4:guardian_email:mangler; en forælder med forældremyndighed skal have en e-mailadresse",
                        "students.csv:5:student_id:elev-id 'f-e1' står på linje 2 med navnet 'Anna Andersen' i 4.A, "
                                + "her med navnet 'Anne Andersen' i 4.A",
                        "staff.csv:2:classes:klassen '9.Z' findes ikke i students.csv for skolen 'fejlskole'");
        assertThat(counts()).isEqualTo(before);
        assertThat(identity.createUserQuery().userId("f-g1").count()).isZero();
    }

    @Test
    void changedRowsUpdateInPlaceAndRemovedPeopleLoseAccessButStayInHistory() {
        Http admin = Http.as(port, "demo");
        String schools = SCHOOLS.replace("importskole", "flytteskole").replace("Importskolen", "Flytteskolen");
        String students = STUDENTS.replace("importskole", "flytteskole").replace("i-", "m-");
        String staff = STAFF.replace("importskole", "flytteskole").replace("i-", "m-");
        String councils = COUNCILS.replace("importskole", "flytteskole").replace("i-", "m-");
        assertThat(admin.postFiles(
                                "/api/roster/import",
                                Map.of("schools", schools, "students", students, "staff", staff, "councils", councils))
                        .status())
                .isEqualTo(200);
        User emine = identity.createUserQuery().userId("m-g4").singleResult();
        emine.setPassword("en-god-adgangskode");
        identity.saveUser(emine);
        assertThat(Http.as(port, "m-g4", "en-god-adgangskode").webappLogin("tasklist"))
                .as("her password is right; a family has no webapp (403), someone unknown gets 401")
                .isEqualTo(403);
        User leader = identity.createUserQuery().userId("m-l1").singleResult();
        leader.setPassword("leder-kode");
        identity.saveUser(leader);
        Http leaderSession = Http.as(port, "m-l1", "leder-kode");
        assertThat(leaderSession.webappLogin("cockpit")).isEqualTo(200);
        Task emines = tasks.newTask();
        emines.setName("Emines opgave");
        emines.setTenantId("flytteskole");
        emines.setAssignee("m-g4");
        tasks.saveTask(emines);
        tasks.addCandidateUser(emines.getId(), "m-g4");

        String withoutEmine = students.lines()
                .filter(l -> !l.contains("m-g4"))
                .reduce("", (a, b) -> a + b + "\n")
                .replace("zofia@import.example", "zofia.w@import.example");
        String withoutLeader = staff.lines().filter(l -> !l.contains("m-l1")).reduce("", (a, b) -> a + b + "\n");
        Http.Answer answer = admin.postFiles(
                "/api/roster/import", Map.of("students", withoutEmine, "staff", withoutLeader, "councils", councils));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("disabledUsers"))
                .extracting(JsonNode::asText)
                .containsExactly("m-g4", "m-l1");
        Task released = tasks.createTaskQuery().taskId(emines.getId()).singleResult();
        assertThat(released.getAssignee()).isNull();
        assertThat(tasks.getIdentityLinksForTask(emines.getId())).noneMatch(l -> "m-g4".equals(l.getUserId()));
        tasks.deleteTask(emines.getId(), true);
        // the leader's browser session is still open, but the rights went with the roster
        assertThat(leaderSession
                        .postWithSession("/api/school-years/current/rollout?school=flytteskole", leaderSession.base())
                        .status())
                .isEqualTo(403);
        assertThat(answer.json().get("updatedUsers").asInt()).isEqualTo(1);

        assertThat(identity.createUserQuery().userId("m-g1").singleResult().getEmail())
                .isEqualTo("zofia.w@import.example");
        assertThat(identity.createUserQuery().userId("m-g4").singleResult().getLastName())
                .isEqualTo("Yılmaz");
        assertThat(groupsOf("m-g4")).isEmpty();
        assertThat(Http.as(port, "m-g4", "en-god-adgangskode").webappLogin("tasklist"))
                .isEqualTo(401);
        assertThat(jdbc.queryForObject(
                        "select active from app.guardian where school_id = 'flytteskole' and id = 'm-g4'",
                        Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "select active from app.student where school_id = 'flytteskole' and id = 'm-e3'",
                        Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "select name from app.student where school_id = 'flytteskole' and id = 'm-e3'", String.class))
                .isEqualTo("Ayşe Yılmaz");
    }

    @Test
    void onlyLeadersOfTheSchoolAndAdminsMayImport() {
        Map<String, String> files = files(STUDENTS, STAFF, COUNCILS);
        assertThat(Http.as(port, "demo").postFiles("/api/roster/import", files).status())
                .isEqualTo(200);
        files.remove("schools");
        assertThat(Http.anonymous(port).postFiles("/api/roster/import", files).status())
                .isEqualTo(401);
        assertThat(Http.as(port, "laerer")
                        .postFiles("/api/roster/import", files)
                        .status())
                .as("leadership only")
                .isEqualTo(404);
        assertThat(Http.as(port, "foraelder1")
                        .postFiles("/api/roster/import", files)
                        .status())
                .isEqualTo(404);
        Http.Answer otherSchool = Http.as(port, "leder").postFiles("/api/roster/import", files);
        assertThat(otherSchool.status()).as(otherSchool.body()).isEqualTo(403);
        assertThat(otherSchool.json().get("detail").asText()).contains("ikke leder på skolen 'importskole'");
        Http.Answer missingPart = Http.as(port, "demo").postFiles("/api/roster/import", Map.of("students", STUDENTS));
        assertThat(missingPart.status()).isEqualTo(400);
        assertThat(missingPart.json().get("detail").asText()).contains("mangler");
    }

    @Test
    void aFailureWhileWritingLeavesNothingBehind() {
        Map<String, Object> before = counts();
        assertThatThrownBy(() -> imports.importFiles(new RosterFiles(
                        bytes(SCHOOLS.replace("importskole", FailingRosterListener.SCHOOL)),
                        bytes(STUDENTS.replace("importskole", FailingRosterListener.SCHOOL)
                                .replace("i-", "r-")),
                        bytes(STAFF.replace("importskole", FailingRosterListener.SCHOOL)
                                .replace("i-", "r-")),
                        bytes(COUNCILS.replace("importskole", FailingRosterListener.SCHOOL)
                                .replace("i-", "r-")))))
                .hasMessageContaining("Testfejl");
        assertThat(counts()).isEqualTo(before);
        assertThat(identity.createUserQuery().userId("r-g1").count()).isZero();
        assertThat(identity.createGroupQuery().groupId("team-rollbackskole-2c").count())
                .isZero();
        assertThat(identity.createTenantQuery()
                        .tenantId(FailingRosterListener.SCHOOL)
                        .count())
                .isZero();
    }

    @Test
    void aMunicipalityFileIsWrittenSchoolBySchool_aSchoolThatFailsChangesNothing_theSameFileAgainResumes() {
        String rollback = FailingRosterListener.SCHOOL;
        // "aaskole" is written before "rollbackskole" (schools in order), "zzskole" after it
        String schools = "school_id;school_name;policy\n" + "aaskole;Aaskolen;himmelev-skole\n" + rollback
                + ";Rulleskolen;himmelev-skole\n" + "zzskole;Zzskolen;himmelev-skole\n";
        String students = STUDENTS.replace("importskole", "aaskole").replace("i-", "aa-")
                + STUDENTS.lines()
                        .skip(1)
                        .map(l -> l.replace("importskole", rollback).replace("i-", "rb-"))
                        .collect(java.util.stream.Collectors.joining("\n", "", "\n"))
                + STUDENTS.lines()
                        .skip(1)
                        .map(l -> l.replace("importskole", "zzskole").replace("i-", "zz-"))
                        .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        String staff = STAFF.replace("importskole", "aaskole").replace("i-", "aa-")
                + STAFF.lines()
                        .skip(1)
                        .map(l -> l.replace("importskole", "zzskole").replace("i-", "zz-"))
                        .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
        var files =
                new RosterFiles(bytes(schools), bytes(students), bytes(staff), bytes("school_id;class;guardian_id\n"));

        assertThatThrownBy(() -> imports.importFiles(files)).hasMessageContaining("Testfejl");
        assertThat(identity.createUserQuery().userId("aa-g1").count())
                .as("the school before the failing one is in")
                .isEqualTo(1);
        assertThat(identity.createUserQuery().userId("rb-g1").count())
                .as("the failing school changed nothing")
                .isZero();
        assertThat(identity.createTenantQuery().tenantId(rollback).count()).isZero();
        assertThat(identity.createUserQuery().userId("zz-g1").count())
                .as("the import stopped at the failing school")
                .isZero();

        // the municipality fixes the school's problem (here: leaves it out) and sends the file again
        var fixed = new RosterFiles(
                bytes(schools.lines()
                        .filter(l -> !l.startsWith(rollback))
                        .collect(java.util.stream.Collectors.joining("\n", "", "\n"))),
                bytes(students.lines()
                        .filter(l -> !l.startsWith(rollback))
                        .collect(java.util.stream.Collectors.joining("\n", "", "\n"))),
                bytes(staff),
                bytes("school_id;class;guardian_id\n"));
        ImportReport again = imports.importFiles(fixed);
        assertThat(again.createdUsers())
                .as("only what was missing is created")
                .contains("zz-g1")
                .doesNotContain("aa-g1");
        assertThat(identity.createUserQuery().userId("zz-g1").count()).isEqualTo(1);
        assertThat(again.schools()).containsExactly("aaskole", "zzskole");
    }

    @Test
    void anIdOfAnotherSchoolOrOfTheAdministratorCannotBeTakenOver() {
        String staff = STAFF.replace("importskole", "kaperskole")
                .replace("i-t1", "laerer")
                .replace("i-l1", "demo");
        Http.Answer answer = Http.as(port, "demo")
                .postFiles(
                        "/api/roster/import",
                        Map.of(
                                "schools",
                                SCHOOLS.replace("importskole", "kaperskole"),
                                "students",
                                STUDENTS.replace("importskole", "kaperskole").replace("i-", "k-"),
                                "staff",
                                staff,
                                "councils",
                                COUNCILS.replace("importskole", "kaperskole").replace("i-", "k-")));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("problems"))
                .extracting(p -> p.get("file").asText() + ":" + p.get("line").asInt() + ":"
                        + p.get("field").asText() + ":" + p.get("message").asText())
                .containsExactly(
                        "staff.csv:3:staff_id:id 'demo' bruges allerede af en anden bruger i Skole-hjem; hver skole skal bruge "
                                + "sine egne id'er",
                        "staff.csv:2:staff_id:id 'laerer' bruges allerede af en anden bruger i Skole-hjem; hver skole skal bruge "
                                + "sine egne id'er");
        assertThat(identity.createUserQuery().userId("laerer").singleResult().getEmail())
                .isEqualTo("laerer@demoskolen.example");
    }

    @Test
    void aRosterDirectoryIsImportedAtStartUp(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("schools.csv"), SCHOOLS.replace("importskole", "startskole"));
        Files.writeString(
                dir.resolve("students.csv"),
                STUDENTS.replace("importskole", "startskole").replace("i-", "s-"));
        Files.writeString(
                dir.resolve("staff.csv"),
                STAFF.replace("importskole", "startskole").replace("i-", "s-"));
        Files.writeString(
                dir.resolve("councils.csv"),
                COUNCILS.replace("importskole", "startskole").replace("i-", "s-"));
        startupImport.run(new DefaultApplicationArguments("--roster=" + dir));
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.student where school_id = 'startskole'", Integer.class))
                .isEqualTo(3);
        assertThat(groupsOf("s-t1")).containsExactlyInAnyOrder("staff-startskole", "team-startskole-2c");

        Files.delete(dir.resolve("students.csv"));
        assertThatThrownBy(() -> startupImport.run(new DefaultApplicationArguments("--roster=" + dir)))
                .isInstanceOf(RosterImportException.class)
                .hasMessageContaining("students.csv: filen mangler i " + dir);
    }

    private Map<String, String> files(String students, String staff, String councils) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("schools", SCHOOLS);
        files.put("students", students);
        files.put("staff", staff);
        files.put("councils", councils);
        return files;
    }

    private List<String> groupsOf(String user) {
        return identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId)
                .toList();
    }

    private Map<String, Object> counts() {
        return jdbc.queryForMap("select (select count(*) from app.school) s, (select count(*) from app.student) st, "
                + "(select count(*) from app.guardian) g, (select count(*) from app.staff) sf, "
                + "(select count(*) from app.team_member) t, (select count(*) from app.student_guardian) sg, "
                + "(select count(*) from app.council_member) c, (select count(*) from app.school_class) k, "
                + "(select count(*) from act_id_user) u, (select count(*) from act_id_membership) m, "
                + "(select count(*) from act_id_group) gr, "
                // tasks and instances the running processes create meanwhile get their own authorizations (7, 8,
                // 19, 20: task, process instance and their history); the import only touches the others
                + "(select count(*) from act_ru_authorization where resource_type_ not in (7, 8, 19, 20)) a");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
