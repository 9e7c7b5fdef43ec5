package dk.skolehjem.roster;

import dk.skolehjem.policy.PolicyRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the CSV files of one import into a {@link Roster}, checking every row against every rule and collecting all
 * problems, so the school office fixes the export once instead of once per error.
 */
final class RosterParser {

    static final Pattern ID = Pattern.compile("[A-Za-z0-9]+([._@-][A-Za-z0-9]+)*");
    private static final Pattern CLASS = Pattern.compile("([0-9])\\.([A-Za-z])");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s;,]+@[^@\\s;,]+\\.[^@\\s;,]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,20}");
    /** Danish CPR number: 6 digits (birth date), optional dash, 4 digits. Never to be imported. */
    private static final Pattern CPR = Pattern.compile(".*\\b[0-3][0-9][01][0-9]{3}-?[0-9]{4}\\b.*");

    private static final int MAX_ID = 40;
    private static final int MAX_TEXT = 200;

    private static final List<String> SCHOOLS_HEADER = List.of("school_id", "school_name", "policy");
    private static final List<String> STUDENTS_HEADER = List.of(
            "school_id",
            "class",
            "student_id",
            "student_name",
            "guardian_id",
            "guardian_name",
            "guardian_email",
            "guardian_phone",
            "custody");
    private static final List<String> STAFF_HEADER =
            List.of("school_id", "staff_id", "name", "email", "role", "classes");
    private static final List<String> COUNCILS_HEADER = List.of("school_id", "class", "guardian_id");

    private final Map<String, String> knownSchools;
    private final PolicyRegistry policies;
    private final List<ImportProblem> problems = new ArrayList<>();

    private final Map<String, Roster.School> schools = new LinkedHashMap<>();
    private final Map<List<String>, Roster.SchoolClass> classes = new LinkedHashMap<>();
    private final Map<List<String>, Roster.Student> students = new LinkedHashMap<>();
    private final Map<List<String>, Integer> studentLines = new HashMap<>();
    private final Map<List<String>, Roster.Guardian> guardians = new LinkedHashMap<>();
    private final Map<List<String>, Integer> guardianLines = new HashMap<>();
    private final Map<List<String>, Roster.Custody> custodies = new LinkedHashMap<>();
    private final Map<List<String>, Roster.Staff> staff = new LinkedHashMap<>();
    private final Map<List<String>, Roster.TeamMember> team = new LinkedHashMap<>();
    private final Map<List<String>, Roster.CouncilMember> council = new LinkedHashMap<>();
    private final Set<String> schoolIds = new LinkedHashSet<>();
    private final Map<String, Roster.Source> personSources = new LinkedHashMap<>();

    /** {@code knownSchools}: school id to name of the schools already registered. */
    RosterParser(Map<String, String> knownSchools, PolicyRegistry policies) {
        this.knownSchools = knownSchools;
        this.policies = policies;
    }

    /** The roster, or a {@link RosterImportException} listing every problem. */
    Roster parse(RosterFiles files) {
        if (files.students() == null) {
            problems.add(new ImportProblem(RosterFiles.STUDENTS, 0, null, "filen mangler"));
        }
        if (files.staff() == null) {
            problems.add(new ImportProblem(RosterFiles.STAFF, 0, null, "filen mangler"));
        }
        if (files.councils() == null) {
            problems.add(new ImportProblem(RosterFiles.COUNCILS, 0, null, "filen mangler"));
        }
        if (files.schools() != null) {
            readSchools(files.schools());
        }
        if (files.students() != null) {
            readStudents(files.students());
        }
        if (files.staff() != null) {
            readStaff(files.staff());
        }
        if (files.councils() != null) {
            readCouncils(files.councils());
        }
        if (problems.isEmpty() && schoolIds.isEmpty()) {
            problems.add(new ImportProblem(RosterFiles.STUDENTS, 0, null, "filen har ingen elever; intet at indlæse"));
        }
        if (!problems.isEmpty()) {
            throw new RosterImportException(problems);
        }
        return new Roster(
                Set.copyOf(schoolIds),
                List.copyOf(schools.values()),
                List.copyOf(classes.values()),
                List.copyOf(students.values()),
                List.copyOf(guardians.values()),
                List.copyOf(custodies.values()),
                List.copyOf(staff.values()),
                List.copyOf(team.values()),
                List.copyOf(council.values()),
                Map.copyOf(personSources));
    }

    private void readSchools(byte[] bytes) {
        String f = RosterFiles.SCHOOLS;
        for (CsvFile.Row r : CsvFile.read(f, bytes, SCHOOLS_HEADER, problems)) {
            String id = id(f, r, 0, "school_id");
            String name = text(f, r, 1, "school_name", true);
            String policy = r.get(2).isEmpty() ? PolicyRegistry.DEFAULT_ID : r.get(2);
            if (policies.find(policy).isEmpty()) {
                problem(
                        f,
                        r,
                        "policy",
                        "ukendt princip '" + policy + "'; kendte: "
                                + policies.all().stream().map(p -> p.id()).toList());
            }
            if (id != null && id.length() > 20) {
                problem(f, r, "school_id", "skole-id må højst være 20 tegn");
            }
            if (id != null && name != null) {
                if (schools.putIfAbsent(id, new Roster.School(id, name, policy)) != null) {
                    problem(f, r, "school_id", "skolen '" + id + "' står to gange");
                }
                schoolIds.add(id);
            }
        }
    }

    private void readStudents(byte[] bytes) {
        String f = RosterFiles.STUDENTS;
        for (CsvFile.Row r : CsvFile.read(f, bytes, STUDENTS_HEADER, problems)) {
            noCpr(f, r, STUDENTS_HEADER);
            String school = school(f, r, 0);
            String classCode = classCode(f, r, 1);
            String studentId = id(f, r, 2, "student_id");
            String studentName = text(f, r, 3, "student_name", true);
            String guardianId = id(f, r, 4, "guardian_id");
            String guardianName = text(f, r, 5, "guardian_name", true);
            Boolean custody = yesNo(f, r, 8, "custody");
            String email = r.get(6);
            if (email.isEmpty()) {
                if (Boolean.TRUE.equals(custody)) {
                    problem(
                            f,
                            r,
                            "guardian_email",
                            "mangler; en forælder med forældremyndighed skal have en e-mailadresse");
                }
                email = null;
            } else if (!EMAIL.matcher(email).matches() || email.length() > MAX_TEXT) {
                problem(f, r, "guardian_email", "'" + email + "' er ikke en gyldig e-mailadresse");
            }
            String phone = r.get(7).isEmpty() ? null : r.get(7);
            if (phone != null && (!PHONE.matcher(phone).matches() || phone.length() > 20)) {
                problem(f, r, "guardian_phone", "'" + phone + "' er ikke et gyldigt telefonnummer");
            }
            if (school == null
                    || classCode == null
                    || studentId == null
                    || studentName == null
                    || guardianId == null
                    || guardianName == null
                    || custody == null) {
                continue;
            }
            Matcher m = CLASS.matcher(classCode);
            m.matches();
            classes.putIfAbsent(
                    List.of(school, classCode),
                    new Roster.SchoolClass(school, classCode, Integer.parseInt(m.group(1)), m.group(2)));
            List<String> sKey = List.of(school, studentId);
            var student = new Roster.Student(school, studentId, studentName, classCode);
            var earlier = students.putIfAbsent(sKey, student);
            if (earlier == null) {
                studentLines.put(sKey, r.line());
            } else if (!earlier.equals(student)) {
                problem(
                        f,
                        r,
                        "student_id",
                        "elev-id '" + studentId + "' står på linje " + studentLines.get(sKey) + " med "
                                + describe(earlier) + ", her med " + describe(student));
            }
            List<String> gKey = List.of(school, guardianId);
            var guardian = new Roster.Guardian(
                    school, guardianId, guardianName, email == null ? null : email.toLowerCase(), phone);
            var gEarlier = guardians.putIfAbsent(gKey, guardian);
            if (gEarlier == null) {
                guardianLines.put(gKey, r.line());
                personSources.putIfAbsent(guardianId, new Roster.Source(f, r.line(), "guardian_id"));
            } else if (!gEarlier.name().equals(guardianName)) {
                problem(
                        f,
                        r,
                        "guardian_name",
                        "forælder-id '" + guardianId + "' står på linje " + guardianLines.get(gKey) + " med navnet '"
                                + gEarlier.name() + "', her med '" + guardianName + "'");
            } else if (!java.util.Objects.equals(gEarlier.email(), guardian.email())
                    || !java.util.Objects.equals(gEarlier.phone(), guardian.phone())) {
                if (gEarlier.email() == null && guardian.email() != null) {
                    guardians.put(gKey, guardian);
                } else if (guardian.email() != null || guardian.phone() != null) {
                    problem(
                            f,
                            r,
                            "guardian_email",
                            "forælder-id '" + guardianId + "' står på linje " + guardianLines.get(gKey)
                                    + " med andre kontaktoplysninger");
                }
            }
            if (custodies.putIfAbsent(
                            List.of(school, studentId, guardianId),
                            new Roster.Custody(school, studentId, guardianId, custody))
                    != null) {
                problem(
                        f,
                        r,
                        "guardian_id",
                        "eleven '" + studentId + "' og forælderen '" + guardianId + "' står allerede sammen");
            }
        }
    }

    private void readStaff(byte[] bytes) {
        String f = RosterFiles.STAFF;
        for (CsvFile.Row r : CsvFile.read(f, bytes, STAFF_HEADER, problems)) {
            noCpr(f, r, STAFF_HEADER);
            String school = school(f, r, 0);
            String id = id(f, r, 1, "staff_id");
            String name = text(f, r, 2, "name", true);
            String email = r.get(3);
            if (email.isEmpty()) {
                problem(f, r, "email", "mangler; medarbejdere skal have en e-mailadresse");
            } else if (!EMAIL.matcher(email).matches() || email.length() > MAX_TEXT) {
                problem(f, r, "email", "'" + email + "' er ikke en gyldig e-mailadresse");
            }
            StaffRole role = StaffRole.parse(r.get(4)).orElse(null);
            if (role == null) {
                problem(f, r, "role", "'" + r.get(4) + "' er ikke en rolle; brug lærer, pædagog, leder eller ppr");
            }
            List<String> classList = r.get(5).isEmpty()
                    ? List.of()
                    : Arrays.stream(r.get(5).split(",")).map(String::trim).toList();
            for (String c : classList) {
                if (school != null && !CLASS.matcher(c).matches()) {
                    problem(f, r, "classes", "'" + c + "' er ikke en klasse; skriv fx 5.A,5.B");
                } else if (school != null && !classes.containsKey(List.of(school, normalizeClass(c)))) {
                    problem(
                            f,
                            r,
                            "classes",
                            "klassen '" + c + "' findes ikke i students.csv for skolen '" + school + "'");
                }
            }
            if (school == null || id == null || name == null || role == null || email.isEmpty()) {
                continue;
            }
            personSources.putIfAbsent(id, new Roster.Source(f, r.line(), "staff_id"));
            if (staff.putIfAbsent(List.of(school, id), new Roster.Staff(school, id, name, email.toLowerCase(), role))
                    != null) {
                problem(f, r, "staff_id", "medarbejder-id '" + id + "' står to gange");
            }
            for (String c : classList) {
                String code = normalizeClass(c);
                if (classes.containsKey(List.of(school, code))) {
                    team.putIfAbsent(List.of(school, code, id), new Roster.TeamMember(school, code, id));
                }
            }
        }
    }

    private void readCouncils(byte[] bytes) {
        String f = RosterFiles.COUNCILS;
        for (CsvFile.Row r : CsvFile.read(f, bytes, COUNCILS_HEADER, problems)) {
            String school = school(f, r, 0);
            String classCode = classCode(f, r, 1);
            String guardianId = id(f, r, 2, "guardian_id");
            if (school == null || classCode == null || guardianId == null) {
                continue;
            }
            if (!classes.containsKey(List.of(school, classCode))) {
                problem(
                        f,
                        r,
                        "class",
                        "klassen '" + classCode + "' findes ikke i students.csv for skolen '" + school + "'");
                continue;
            }
            boolean parentInClass = custodies.values().stream()
                    .anyMatch(c -> c.schoolId().equals(school)
                            && c.guardianId().equals(guardianId)
                            && c.custody()
                            && classCode.equals(
                                    students.get(List.of(school, c.studentId())).classCode()));
            if (!parentInClass) {
                problem(
                        f,
                        r,
                        "guardian_id",
                        "'" + guardianId + "' er ikke forælder med forældremyndighed til en elev i " + classCode
                                + " i students.csv");
                continue;
            }
            if (council.putIfAbsent(
                            List.of(school, classCode, guardianId),
                            new Roster.CouncilMember(school, classCode, guardianId))
                    != null) {
                problem(
                        f,
                        r,
                        "guardian_id",
                        "'" + guardianId + "' står allerede i klasseforældrerådet for " + classCode);
            }
        }
    }

    private String school(String f, CsvFile.Row r, int i) {
        String id = id(f, r, i, "school_id");
        if (id == null) {
            return null;
        }
        if (!schools.containsKey(id) && !knownSchools.containsKey(id)) {
            problem(f, r, "school_id", "skolen '" + id + "' er ukendt; registrér den i schools.csv");
            return null;
        }
        schoolIds.add(id);
        return id;
    }

    private String classCode(String f, CsvFile.Row r, int i) {
        String c = r.get(i);
        if (!CLASS.matcher(c).matches()) {
            problem(
                    f,
                    r,
                    "class",
                    c.isEmpty()
                            ? "mangler"
                            : "'" + c + "' er ikke en klasse; skriv klassetrin 0-9, punktum og bogstav, fx 5.A");
            return null;
        }
        return normalizeClass(c);
    }

    private static String normalizeClass(String c) {
        return c.trim().toUpperCase();
    }

    private String id(String f, CsvFile.Row r, int i, String field) {
        String v = r.get(i);
        if (v.isEmpty()) {
            problem(f, r, field, "mangler");
            return null;
        }
        if (!ID.matcher(v).matches() || v.length() > MAX_ID) {
            problem(
                    f,
                    r,
                    field,
                    "'" + v + "' er ikke et gyldigt id; brug højst " + MAX_ID
                            + " bogstaver a-z, tal og . _ - @ (ingen mellemrum eller æøå)");
            return null;
        }
        return v;
    }

    private String text(String f, CsvFile.Row r, int i, String field, boolean required) {
        String v = r.get(i);
        if (v.isEmpty()) {
            if (required) {
                problem(f, r, field, "mangler");
            }
            return null;
        }
        if (v.length() > MAX_TEXT) {
            problem(f, r, field, "er længere end " + MAX_TEXT + " tegn");
            return null;
        }
        if (v.chars().anyMatch(ch -> Character.isISOControl(ch))) {
            problem(f, r, field, "indeholder kontroltegn");
            return null;
        }
        return v;
    }

    private Boolean yesNo(String f, CsvFile.Row r, int i, String field) {
        return switch (r.get(i).toLowerCase()) {
            case "ja" -> true;
            case "nej" -> false;
            default -> {
                problem(f, r, field, "skal være 'ja' eller 'nej', ikke '" + r.get(i) + "'");
                yield null;
            }
        };
    }

    private void noCpr(String f, CsvFile.Row r, List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).endsWith("_phone")) {
                continue;
            }
            if (CPR.matcher(r.get(i)).matches()) {
                problem(f, r, header.get(i), "ligner et CPR-nummer; CPR-numre må ikke importeres");
            }
        }
    }

    private static String describe(Roster.Student s) {
        return "navnet '" + s.name() + "' i " + s.classCode();
    }

    private void problem(String f, CsvFile.Row r, String field, String message) {
        problems.add(new ImportProblem(f, r.line(), field, message));
    }
}
