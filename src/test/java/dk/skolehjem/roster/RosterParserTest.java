package dk.skolehjem.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skolehjem.policy.PolicyRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RosterParserTest {

    private static final PolicyRegistry POLICIES = new PolicyRegistry("");
    private static final String STUDENTS_HEADER =
            "school_id;class;student_id;student_name;guardian_id;guardian_name;guardian_email;guardian_phone;custody\n";
    private static final String STAFF_HEADER = "school_id;staff_id;name;email;role;classes\n";
    private static final String COUNCILS_HEADER = "school_id;class;guardian_id\n";

    @Test
    void aGoodExportBecomesARoster() {
        Roster r = parse(
                Map.of("s1", "Skolen"),
                null,
                STUDENTS_HEADER
                        + "s1;5.A;e1;Åse Ærø-Østergaard;g1;Zofia Wiśniewska;zofia@example.dk;+45 20 30 40 50;ja\n"
                        + "s1;5.A;e1;Åse Ærø-Østergaard;g2;Jürgen Müller;;;nej\n"
                        + "\"s1\";5.a;e2;\"محمد العلي\";g3;Faadumo Cabdi;faadumo@example.dk;;JA\n",
                STAFF_HEADER
                        + "s1;t1;Ayşe Yılmaz;ayse@example.dk;lærer;5.A\ns1;l1;Leder Ledersen;leder@example.dk;leder;\n",
                COUNCILS_HEADER + "s1;5.A;g1\n");
        assertThat(r.schoolIds()).containsExactly("s1");
        assertThat(r.classes()).containsExactly(new Roster.SchoolClass("s1", "5.A", 5, "A"));
        assertThat(r.students()).extracting(Roster.Student::name).containsExactly("Åse Ærø-Østergaard", "محمد العلي");
        assertThat(r.guardians())
                .extracting(Roster.Guardian::name)
                .containsExactly("Zofia Wiśniewska", "Jürgen Müller", "Faadumo Cabdi");
        assertThat(r.custodies())
                .filteredOn(c -> !c.custody())
                .extracting(Roster.Custody::guardianId)
                .containsExactly("g2");
        assertThat(r.staff()).extracting(Roster.Staff::role).containsExactly(StaffRole.TEACHER, StaffRole.LEADER);
        assertThat(r.teamMembers()).containsExactly(new Roster.TeamMember("s1", "5.A", "t1"));
        assertThat(r.councilMembers()).containsExactly(new Roster.CouncilMember("s1", "5.A", "g1"));
    }

    @Test
    void everyBadRowIsListedWithFileLineAndField() {
        assertThatThrownBy(() -> parse(
                        Map.of("s1", "Skolen"),
                        null,
                        STUDENTS_HEADER
                                + "s1;5.A;e1;Anna Andersen;g1;Bo Andersen;bo@example.dk;;ja\n"
                                + "s1;5.A;e2;Carl Carlsen;g2;Dorte Carlsen\n"
                                + "s1;5.A;e3;Ella Eriksen;g3;Finn Eriksen;;;ja\n"
                                + "s1;5.A;e1;Anne Andersen;g4;Gitte Andersen;gitte@example.dk;;ja\n",
                        STAFF_HEADER + "s1;t1;Tove Tovesen;tove@example.dk;lærer;5.A,6.B\n",
                        COUNCILS_HEADER))
                .isInstanceOfSatisfying(
                        RosterImportException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new ImportProblem(
                                                "students.csv", 3, null, "forventede 9 felter adskilt af ';', fandt 6"),
                                        new ImportProblem(
                                                "students.csv",
                                                4,
                                                "guardian_email",
                                                "mangler; en forælder med forældremyndighed skal have en e-mailadresse"),
                                        new ImportProblem(
                                                "students.csv",
                                                5,
                                                "student_id",
                                                "elev-id 'e1' står på linje 2 med navnet 'Anna Andersen' i 5.A, her med navnet 'Anne Andersen' i 5.A"),
                                        new ImportProblem(
                                                "staff.csv",
                                                2,
                                                "classes",
                                                "klassen '6.B' findes ikke i students.csv for skolen 's1'")));
    }

    @Test
    void fieldLevelRulesAreChecked() {
        assertThatThrownBy(() -> parse(
                        Map.of("s1", "Skolen"),
                        null,
                        STUDENTS_HEADER
                                + "s1;10.A;e1;Anna;g1;Bo;bo@example.dk;;ja\n"
                                + "s1;5.A;e 2;Anna;g1;Bo;bo-at-example;;måske\n"
                                + "s2;5.A;e3;Anna;g1;Bo;bo@example.dk;;ja\n"
                                + "s1;5.A;e4;Anna 010203-1234;g5;Bo;bo@example.dk;12;ja\n",
                        STAFF_HEADER + "s1;t1;Tove;tove@example.dk;rektor;\ns1;t2;Tim;;lærer;\n",
                        COUNCILS_HEADER + "s1;5.A;g9\n"))
                .isInstanceOfSatisfying(
                        RosterImportException.class,
                        e -> assertThat(e.problems())
                                .extracting(p -> p.file() + ":" + p.line() + ":" + p.field())
                                .containsExactly(
                                        "students.csv:2:class",
                                        "students.csv:3:student_id",
                                        "students.csv:3:custody",
                                        "students.csv:3:guardian_email",
                                        "students.csv:4:school_id",
                                        "students.csv:5:student_name",
                                        "students.csv:5:guardian_phone",
                                        "staff.csv:2:role",
                                        "staff.csv:3:email",
                                        "councils.csv:2:guardian_id"));
    }

    @Test
    void cprNumbersAreRefused() {
        assertThatThrownBy(() -> parse(
                        Map.of("s1", "S"),
                        null,
                        STUDENTS_HEADER + "s1;5.A;0102031234;Anna;g1;Bo;bo@example.dk;;ja\n",
                        STAFF_HEADER,
                        COUNCILS_HEADER))
                .isInstanceOfSatisfying(
                        RosterImportException.class,
                        e -> assertThat(e.problems())
                                .contains(new ImportProblem(
                                        "students.csv",
                                        2,
                                        "student_id",
                                        "ligner et CPR-nummer; CPR-numre må ikke importeres")));
    }

    @Test
    void aWrongHeaderOrEncodingOrMissingFileIsReported() {
        byte[] latin1 =
                (STUDENTS_HEADER + "s1;5.A;e1;Søren;g1;Bo;bo@example.dk;;ja\n").getBytes(StandardCharsets.ISO_8859_1);
        var files = new RosterFiles(null, latin1, "school;staff\n".getBytes(StandardCharsets.UTF_8), null);
        assertThatThrownBy(() -> new RosterParser(Map.of("s1", "S"), POLICIES).parse(files))
                .isInstanceOfSatisfying(
                        RosterImportException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new ImportProblem("councils.csv", 0, null, "filen mangler"),
                                        new ImportProblem(
                                                "students.csv",
                                                2,
                                                null,
                                                "filen er ikke gemt som UTF-8; gem den igen som UTF-8 (CSV UTF-8)"),
                                        new ImportProblem(
                                                "staff.csv",
                                                1,
                                                null,
                                                "overskriften skal være "
                                                        + "'school_id;staff_id;name;email;role;classes', men er 'school;staff'")));
    }

    @Test
    void schoolsAreRegisteredWithAKnownPolicy() {
        Roster r = parse(
                Map.of(),
                "school_id;school_name;policy\nny;Ny Skole;himmelev-skole\n",
                STUDENTS_HEADER + "ny;0.A;e1;Anna;g1;Bo;bo@example.dk;;ja\n",
                STAFF_HEADER,
                COUNCILS_HEADER);
        assertThat(r.schools()).containsExactly(new Roster.School("ny", "Ny Skole", "himmelev-skole"));
        assertThatThrownBy(() -> parse(
                        Map.of(),
                        "school_id;school_name;policy\nny;Ny Skole;ukendt\n",
                        STUDENTS_HEADER,
                        STAFF_HEADER,
                        COUNCILS_HEADER))
                .hasMessageContaining("schools.csv linje 2, felt 'policy': ukendt princip 'ukendt'");
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsAreFine() {
        Roster r = parse(
                Map.of("s1", "S"),
                null,
                "\uFEFF" + STUDENTS_HEADER.replace("\n", "\r\n") + "s1;1.B;e1;Anna;g1;Bo;bo@example.dk;;ja\r\n",
                STAFF_HEADER,
                COUNCILS_HEADER);
        assertThat(r.students()).hasSize(1);
    }

    private static Roster parse(
            Map<String, String> known, String schools, String students, String staff, String councils) {
        return new RosterParser(known, POLICIES)
                .parse(new RosterFiles(bytes(schools), bytes(students), bytes(staff), bytes(councils)));
    }

    private static byte[] bytes(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }
}
