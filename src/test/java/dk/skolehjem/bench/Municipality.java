package dk.skolehjem.bench;

import dk.skolehjem.roster.RosterFiles;
import java.nio.charset.StandardCharsets;

/**
 * A synthetic municipality for the benchmark: {@code schools} schools of {@code classes} classes of {@code students}
 * students, each student with two guardians with custody, a teacher per class and a leader per school, all on one
 * principle (Smørum's: a parent meeting and a conference a year). Ids are unique across the municipality, so the
 * whole of it is one roster file as a municipality's export would be.
 */
record Municipality(int schools, int classes, int students) {

    static final String POLICY = "distriktsskole-smorum";
    private static final String[] FIRST = {
        "Clara", "Agnes", "Noah", "William", "Freja", "Oscar", "Ida", "Karl", "Alma", "Emil", "Ella", "Lucas"
    };
    private static final String[] LAST = {"Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Larsen", "Bøgh"};

    String school(int s) {
        return "k" + String.format("%02d", s);
    }

    String classCode(int c) {
        return (c % 10) + "." + (char) ('A' + c / 10);
    }

    String student(int s, int c, int e) {
        return school(s) + "c" + c + "e" + e;
    }

    String guardian(int s, int c, int e, int which) {
        return student(s, c, e) + (which == 0 ? "a" : "b");
    }

    String teacher(int s, int c) {
        return school(s) + "c" + c + "t";
    }

    String leader(int s) {
        return school(s) + "leder";
    }

    int persons() {
        return schools * (1 + classes * (1 + students * 3));
    }

    /** The roster of the schools {@code from} to {@code to} (exclusive) as one export. */
    RosterFiles files(int from, int to) {
        StringBuilder schoolsCsv = new StringBuilder("school_id;school_name;policy\n");
        StringBuilder studentsCsv = new StringBuilder(
                "school_id;class;student_id;student_name;guardian_id;guardian_name;guardian_email;guardian_phone;custody\n");
        StringBuilder staff = new StringBuilder("school_id;staff_id;name;email;role;classes\n");
        for (int s = from; s < to; s++) {
            schoolsCsv
                    .append(school(s))
                    .append(";Kommuneskole ")
                    .append(s)
                    .append(';')
                    .append(POLICY)
                    .append('\n');
            for (int c = 0; c < classes; c++) {
                String code = classCode(c);
                staff.append(row(school(s), teacher(s, c), name(s + c), mail(teacher(s, c)), "lærer", code));
                for (int e = 0; e < students; e++) {
                    for (int g = 0; g < 2; g++) {
                        String guardian = guardian(s, c, e, g);
                        studentsCsv.append(row(
                                school(s),
                                code,
                                student(s, c, e),
                                name(e + c),
                                guardian,
                                name(e + g + 3),
                                mail(guardian),
                                "+45 30 00 00 00",
                                "ja"));
                    }
                }
            }
            staff.append(row(school(s), leader(s), name(s), mail(leader(s)), "leder", ""));
        }
        return new RosterFiles(
                bytes(schoolsCsv),
                bytes(studentsCsv),
                bytes(staff),
                bytes(new StringBuilder("school_id;class;guardian_id\n")));
    }

    private static String row(String... fields) {
        return String.join(";", fields) + "\n";
    }

    private static String name(int i) {
        return FIRST[Math.floorMod(i, FIRST.length)] + " " + LAST[Math.floorMod(i * 7 + 3, LAST.length)];
    }

    private static String mail(String id) {
        return id + "@kommune.example";
    }

    private static byte[] bytes(StringBuilder csv) {
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
