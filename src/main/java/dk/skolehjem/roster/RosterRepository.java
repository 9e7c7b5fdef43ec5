package dk.skolehjem.roster;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The roster tables in the application's schema: written by the import, read by everything that needs to know who is who. */
@Repository
public class RosterRepository {

    /** A school as registered: its name and the policy it follows. */
    public record SchoolRow(String id, String name, String policyId) {}

    /** A class of a school, e.g. 5.A. */
    public record ClassRow(String schoolId, String code, int grade) {}

    /** A person who should have a login, with the groups the roster gives them across all schools. */
    record Person(String id, String name, String email, Set<String> groups) {}

    private final NamedParameterJdbcTemplate jdbc;

    public RosterRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, String> schoolNames() {
        Map<String, String> result = new LinkedHashMap<>();
        jdbc.query("select id, name from app.school order by id", rs -> {
            result.put(rs.getString("id"), rs.getString("name"));
        });
        return result;
    }

    public Optional<SchoolRow> school(String id) {
        return jdbc
                .query(
                        "select id, name, policy_id from app.school where id = :id",
                        Map.of("id", id),
                        (rs, i) -> new SchoolRow(rs.getString("id"), rs.getString("name"), rs.getString("policy_id")))
                .stream()
                .findFirst();
    }

    public List<ClassRow> activeClasses(String schoolId) {
        return jdbc.query(
                "select school_id, code, grade from app.school_class where school_id = :s and active order by code",
                Map.of("s", schoolId),
                (rs, i) -> new ClassRow(rs.getString("school_id"), rs.getString("code"), rs.getInt("grade")));
    }

    /**
     * Locks the rows of the schools an import touches until its transaction ends, so two imports of one school
     * run one after the other instead of interleaving.
     */
    void lockSchools(Set<String> schoolIds) {
        jdbc.query(
                "select id from app.school where id in (:ids) order by id for update",
                Map.of("ids", schoolIds),
                rs -> {});
    }

    /** Writes the roster of its schools; returns per table what changed. */
    Map<String, TableSync.Counts> write(Roster r) {
        Set<String> schools = r.schoolIds();
        Map<String, TableSync.Counts> counts = new LinkedHashMap<>();
        Set<String> listedSchools =
                r.schools().stream().map(Roster.School::id).collect(java.util.stream.Collectors.toSet());
        if (!listedSchools.isEmpty()) {
            counts.put(
                    "school",
                    table("school", List.of("id"), List.of("name", "policy_id"), false)
                            .sync(
                                    listedSchools,
                                    rows(r.schools(), s -> List.of(s.id()), s -> List.of(s.name(), s.policyId()))));
        }
        counts.put(
                "school_class",
                table("school_class", List.of("school_id", "code"), List.of("grade", "letter"), true)
                        .sync(
                                schools,
                                rows(
                                        r.classes(),
                                        c -> List.of(c.schoolId(), c.code()),
                                        c -> List.of(c.grade(), c.letter()))));
        counts.put(
                "student",
                table("student", List.of("school_id", "id"), List.of("name", "class_code"), true)
                        .sync(
                                schools,
                                rows(
                                        r.students(),
                                        s -> List.of(s.schoolId(), s.id()),
                                        s -> List.of(s.name(), s.classCode()))));
        counts.put(
                "guardian",
                table("guardian", List.of("school_id", "id"), List.of("name", "email", "phone"), true)
                        .sync(
                                schools,
                                rows(
                                        r.guardians(),
                                        g -> List.of(g.schoolId(), g.id()),
                                        g -> nullable(g.name(), g.email(), g.phone()))));
        counts.put(
                "student_guardian",
                table("student_guardian", List.of("school_id", "student_id", "guardian_id"), List.of("custody"), true)
                        .sync(
                                schools,
                                rows(
                                        r.custodies(),
                                        c -> List.of(c.schoolId(), c.studentId(), c.guardianId()),
                                        c -> List.of(c.custody()))));
        counts.put(
                "staff",
                table("staff", List.of("school_id", "id"), List.of("name", "email", "role"), true)
                        .sync(
                                schools,
                                rows(
                                        r.staff(),
                                        s -> List.of(s.schoolId(), s.id()),
                                        s -> List.of(
                                                s.name(), s.email(), s.role().name()))));
        counts.put(
                "team_member",
                table("team_member", List.of("school_id", "class_code", "staff_id"), List.of(), true)
                        .sync(
                                schools,
                                rows(
                                        r.teamMembers(),
                                        t -> List.of(t.schoolId(), t.classCode(), t.staffId()),
                                        t -> List.of())));
        counts.put(
                "council_member",
                table("council_member", List.of("school_id", "class_code", "guardian_id"), List.of(), true)
                        .sync(
                                schools,
                                rows(
                                        r.councilMembers(),
                                        c -> List.of(c.schoolId(), c.classCode(), c.guardianId()),
                                        c -> List.of())));
        return counts;
    }

    /**
     * Custody that is in force: not suspended for this child (L7). Every custody check below includes it, so a
     * suspension reaches access, tasks and messages at once. Needs the link aliased {@code l}.
     */
    static final String NOT_SUSPENDED = " and not exists (select 1 from app.guardian_suspension x where "
            + "x.school_id = l.school_id and x.student_id = l.student_id and x.guardian_id = l.guardian_id "
            + "and x.lifted_at is null)";

    /** True when the guardian has custody of this active student (L6: no custody, no information). */
    public boolean hasCustody(String schoolId, String studentId, String guardianId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select count(*) > 0 from app.student_guardian l join app.student s "
                        + "on s.school_id = l.school_id and s.id = l.student_id join app.guardian g on g.school_id = l.school_id "
                        + "and g.id = l.guardian_id where l.school_id = :s and l.student_id = :st and l.guardian_id = :g "
                        + "and l.custody and l.active and s.active and g.active" + NOT_SUSPENDED,
                Map.of("s", schoolId, "st", studentId, "g", guardianId),
                Boolean.class));
    }

    /** True when the guardian has custody of an active student in this class. */
    public boolean hasCustodyInClass(String schoolId, String classCode, String guardianId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select count(*) > 0 from app.student_guardian l join app.student s "
                        + "on s.school_id = l.school_id and s.id = l.student_id join app.guardian g on g.school_id = l.school_id "
                        + "and g.id = l.guardian_id where l.school_id = :s and s.class_code = :c and l.guardian_id = :g "
                        + "and l.custody and l.active and s.active and g.active" + NOT_SUSPENDED,
                Map.of("s", schoolId, "c", classCode, "g", guardianId),
                Boolean.class));
    }

    /** A student as the roster knows them. */
    public record StudentRow(String schoolId, String id, String name, String classCode, int grade, boolean active) {}

    /** Reads the columns "s.school_id, s.id, s.name, s.class_code, c.grade, s.active", in that order. */
    private static final org.springframework.jdbc.core.RowMapper<StudentRow> STUDENT_ROW = (rs, i) -> new StudentRow(
            rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getBoolean(6));

    public Optional<StudentRow> student(String schoolId, String studentId) {
        return jdbc
                .query(
                        "select s.school_id, s.id, s.name, s.class_code, c.grade, s.active from app.student s "
                                + "join app.school_class c on c.school_id = s.school_id and c.code = s.class_code "
                                + "where s.school_id = :s and s.id = :id",
                        Map.of("s", schoolId, "id", studentId),
                        STUDENT_ROW)
                .stream()
                .findFirst();
    }

    /** Login ids of the guardians with custody of an active student in the class. */
    public List<String> custodyGuardiansOfClass(String schoolId, String classCode) {
        return jdbc.queryForList(
                "select distinct l.guardian_id from app.student_guardian l join app.student s "
                        + "on s.school_id = l.school_id and s.id = l.student_id join app.guardian g on g.school_id = l.school_id "
                        + "and g.id = l.guardian_id where l.school_id = :s and s.class_code = :c and l.custody and l.active "
                        + "and s.active and g.active" + NOT_SUSPENDED + " order by l.guardian_id",
                Map.of("s", schoolId, "c", classCode),
                String.class);
    }

    /** Login ids of the guardians with custody of the student. */
    public List<String> custodyGuardiansOfStudent(String schoolId, String studentId) {
        return jdbc.queryForList(
                "select l.guardian_id from app.student_guardian l join app.student s "
                        + "on s.school_id = l.school_id and s.id = l.student_id join app.guardian g on g.school_id = l.school_id "
                        + "and g.id = l.guardian_id where l.school_id = :s and l.student_id = :st and l.custody and l.active "
                        + "and s.active and g.active" + NOT_SUSPENDED + " order by l.guardian_id",
                Map.of("s", schoolId, "st", studentId),
                String.class);
    }

    /** A guardian with custody, by login id and name. */
    public record GuardianName(String id, String name) {}

    /** The guardians with custody of the student, by name (suspended ones left out, L7). */
    public List<GuardianName> custodyGuardianNamesOfStudent(String schoolId, String studentId) {
        return jdbc.query(
                "select g.id, g.name from app.student_guardian l join app.student s "
                        + "on s.school_id = l.school_id and s.id = l.student_id join app.guardian g on g.school_id = l.school_id "
                        + "and g.id = l.guardian_id where l.school_id = :s and l.student_id = :st and l.custody and l.active "
                        + "and s.active and g.active" + NOT_SUSPENDED + " order by g.name, g.id",
                Map.of("s", schoolId, "st", studentId),
                (rs, i) -> new GuardianName(rs.getString(1), rs.getString(2)));
    }

    /** The guardians with custody of an active student in the class, by name (suspended ones left out, L7). */
    public List<GuardianName> custodyGuardianNamesOfClass(String schoolId, String classCode) {
        return jdbc.query(
                "select distinct g.id, g.name from app.student_guardian l join app.student s "
                        + "on s.school_id = l.school_id and s.id = l.student_id join app.guardian g on g.school_id = l.school_id "
                        + "and g.id = l.guardian_id where l.school_id = :s and s.class_code = :c and l.custody and l.active "
                        + "and s.active and g.active" + NOT_SUSPENDED + " order by g.name, g.id",
                Map.of("s", schoolId, "c", classCode),
                (rs, i) -> new GuardianName(rs.getString(1), rs.getString(2)));
    }

    /** The active students of a class, by name. */
    public List<StudentRow> studentsOfClass(String schoolId, String classCode) {
        return jdbc.query(
                "select s.school_id, s.id, s.name, s.class_code, c.grade, s.active from app.student s "
                        + "join app.school_class c on c.school_id = s.school_id and c.code = s.class_code "
                        + "where s.school_id = :s and s.class_code = :c and s.active order by s.name",
                Map.of("s", schoolId, "c", classCode),
                STUDENT_ROW);
    }

    /** The active students of every class of a school, by class and name: one read for a leader's overview. */
    public List<StudentRow> studentsOfSchool(String schoolId) {
        return jdbc.query(
                "select s.school_id, s.id, s.name, s.class_code, c.grade, s.active from app.student s "
                        + "join app.school_class c on c.school_id = s.school_id and c.code = s.class_code "
                        + "where s.school_id = :s and s.active order by s.class_code, s.name",
                Map.of("s", schoolId),
                STUDENT_ROW);
    }

    /** The active students this guardian has custody of, at any school. */
    public List<StudentRow> childrenInCustody(String guardianId) {
        return jdbc.query(
                "select s.school_id, s.id, s.name, s.class_code, c.grade, s.active from app.student_guardian l "
                        + "join app.student s on s.school_id = l.school_id and s.id = l.student_id "
                        + "join app.school_class c on c.school_id = s.school_id and c.code = s.class_code "
                        + "join app.guardian g on g.school_id = l.school_id and g.id = l.guardian_id "
                        + "where l.guardian_id = :g and l.custody and l.active and s.active and g.active"
                        + NOT_SUSPENDED
                        + " order by s.name",
                Map.of("g", guardianId),
                STUDENT_ROW);
    }

    /**
     * The active students a staff member works with: a leader's whole school, otherwise the classes whose team they
     * are on. Inactive staff reach nobody.
     */
    public List<StudentRow> studentsOfStaff(String staffId) {
        return jdbc.query(
                "select s.school_id, s.id, s.name, s.class_code, c.grade, s.active from app.staff f "
                        + "join app.student s on s.school_id = f.school_id "
                        + "join app.school_class c on c.school_id = s.school_id and c.code = s.class_code "
                        + "where f.id = :f and f.active and s.active and c.active and (f.role = 'LEADER' or exists ("
                        + "select 1 from app.team_member t where t.school_id = s.school_id and t.class_code = s.class_code "
                        + "and t.staff_id = f.id and t.active)) order by s.class_code, s.name",
                Map.of("f", staffId),
                STUDENT_ROW);
    }

    /** True when the person is an active leader at the school. */
    public boolean isLeader(String schoolId, String staffId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select count(*) > 0 from app.staff where school_id = :s and id = :f "
                        + "and active and role = 'LEADER'",
                Map.of("s", schoolId, "f", staffId),
                Boolean.class));
    }

    /** Login ids of the school's active PPR staff. */
    public List<String> pprStaff(String schoolId) {
        return jdbc.queryForList(
                "select id from app.staff where school_id = :s and active and role = 'PPR' order by id",
                Map.of("s", schoolId),
                String.class);
    }

    /** For each of these person ids, the schools whose roster (staff or guardians, active or not) has it. */
    Map<String, Set<String>> schoolsOfPersons(Set<String> ids) {
        Map<String, Set<String>> result = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        jdbc.query(
                "select id, school_id from app.staff where id in (:ids) union "
                        + "select id, school_id from app.guardian where id in (:ids)",
                Map.of("ids", ids),
                rs -> {
                    result.computeIfAbsent(rs.getString("id"), k -> new java.util.TreeSet<>())
                            .add(rs.getString("school_id"));
                });
        return result;
    }

    /** Every person id that appears at one of these schools, active or not: the ones whose login may need to change. */
    Set<String> personIds(Set<String> schoolIds) {
        return Set.copyOf(jdbc.queryForList(
                "select id from app.staff where school_id in (:s) union "
                        + "select id from app.guardian where school_id in (:s)",
                Map.of("s", schoolIds),
                String.class));
    }

    /**
     * The persons among {@code ids} who should have a login, with their groups across all schools: active staff, and
     * active guardians with custody of an active student (L6: no custody, no login).
     */
    List<Person> entitledPersons(Set<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Person> persons = new LinkedHashMap<>();
        Map<String, Object> p = Map.of("ids", ids);
        jdbc.query(
                "select id, school_id, name, email, role from app.staff where active and id in (:ids) order by school_id",
                p,
                rs -> {
                    String school = rs.getString("school_id");
                    Person person = persons.computeIfAbsent(
                            rs.getString("id"),
                            id -> new Person(id, column(rs, "name"), column(rs, "email"), new java.util.TreeSet<>()));
                    StaffRole role = StaffRole.valueOf(rs.getString("role"));
                    if (role == StaffRole.BOARD) {
                        // the board is not staff: no Tasklist, no tenant, nothing about a child
                        person.groups().add(GroupIds.board(school));
                        return;
                    }
                    if (role == StaffRole.MUNICIPALITY) {
                        person.groups().add(GroupIds.municipality(school));
                        return;
                    }
                    person.groups().add(GroupIds.staff(school));
                    if (role == StaffRole.LEADER) {
                        person.groups().add(GroupIds.leadership(school));
                    } else if (role == StaffRole.PPR) {
                        person.groups().add(GroupIds.ppr(school));
                    }
                });
        jdbc.query(
                "select t.staff_id, t.school_id, t.class_code from app.team_member t join app.school_class c "
                        + "on c.school_id = t.school_id and c.code = t.class_code where t.active and c.active and t.staff_id in (:ids)",
                p,
                rs -> {
                    Person person = persons.get(rs.getString("staff_id"));
                    if (person != null) {
                        person.groups().add(GroupIds.team(rs.getString("school_id"), rs.getString("class_code")));
                    }
                });
        // A suspension (L7) keeps the login, so lifting it needs no new link, but takes the school's guardian group
        // away once no child is left, and the council seat of the child's class: its tasks would say where the child
        // is.
        String custody = "select 1 from app.student_guardian l join app.student s on s.school_id = l.school_id "
                + "and s.id = l.student_id where l.school_id = g.school_id and l.guardian_id = g.id and l.custody "
                + "and l.active and s.active";
        jdbc.query(
                "select g.id, g.school_id, g.name, g.email, exists (" + custody + NOT_SUSPENDED + ") as in_force "
                        + "from app.guardian g where g.active and g.id in (:ids) and exists (" + custody
                        + ") order by g.school_id",
                p,
                rs -> {
                    Person person = persons.computeIfAbsent(
                            rs.getString("id"),
                            id -> new Person(id, column(rs, "name"), column(rs, "email"), new java.util.TreeSet<>()));
                    if (rs.getBoolean("in_force")) {
                        person.groups().add(GroupIds.guardians(rs.getString("school_id")));
                    }
                });
        jdbc.query(
                "select c.guardian_id, c.school_id, c.class_code from app.council_member c where c.active "
                        + "and c.guardian_id in (:ids) and not exists (select 1 from app.guardian_suspension x join app.student s "
                        + "on s.school_id = x.school_id and s.id = x.student_id where x.school_id = c.school_id "
                        + "and x.guardian_id = c.guardian_id and s.class_code = c.class_code and x.lifted_at is null)",
                p,
                rs -> {
                    Person person = persons.get(rs.getString("guardian_id"));
                    if (person != null && person.groups().contains(GroupIds.guardians(rs.getString("school_id")))) {
                        person.groups().add(GroupIds.council(rs.getString("school_id"), rs.getString("class_code")));
                    }
                });
        return new ArrayList<>(persons.values());
    }

    private static String column(java.sql.ResultSet rs, String column) {
        try {
            return rs.getString(column);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Object> nullable(Object... values) {
        return java.util.Arrays.asList(values);
    }

    private TableSync table(String name, List<String> keys, List<String> values, boolean deactivateMissing) {
        return new TableSync(jdbc, name, keys, values, deactivateMissing);
    }

    private static <T> Map<List<Object>, List<Object>> rows(
            List<T> items, Function<T, List<Object>> key, Function<T, List<Object>> values) {
        Map<List<Object>, List<Object>> result = new LinkedHashMap<>();
        for (T item : items) {
            result.put(key.apply(item), values.apply(item));
        }
        return result;
    }
}
