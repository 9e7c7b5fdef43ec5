package dk.skolehjem;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For the process tests: a tiny roster in the application's tables, written once when the {@link ProcessTest}
 * context starts (Demoskolen, 5.A with e1 and e2, 0.A with e3; e1's mother mor1 has custody, its father far1 has
 * not; e2's mother mor2; far2 has custody of e2 and e3; staff laerer5a on 5.A's team, a leader and a PPR psychologist).
 */
public final class EngineTestRoster {

    EngineTestRoster(JdbcTemplate j) {
        j.update(
                "insert into app.school (id, name, policy_id, updated_at) values ('demo', 'Demoskolen', 'distriktsskole-smorum', now())");
        j.update(
                "insert into app.school_class (school_id, code, grade, letter, updated_at) values ('demo', '5.A', 5, 'A', now())");
        for (String s : new String[] {"e1", "e2"}) {
            j.update(
                    "insert into app.student (school_id, id, name, class_code, updated_at) values ('demo', ?, ?, '5.A', now())",
                    s,
                    "Elev " + s);
        }
        guardian(j, "mor1", "Mor Et", "e1", true);
        guardian(j, "far1", "Far Et", "e1", false);
        guardian(j, "mor2", "Mor To", "e2", true);
        j.update(
                "insert into app.school_class (school_id, code, grade, letter, updated_at) values ('demo', '0.A', 0, 'A', now())");
        j.update(
                "insert into app.student (school_id, id, name, class_code, updated_at) values ('demo', 'e3', 'Elev e3', '0.A', now())");
        guardian(j, "far2", "Far To", "e2", true);
        j.update("insert into app.student_guardian (school_id, student_id, guardian_id, custody, updated_at) "
                + "values ('demo', 'e3', 'far2', true, now())");
        j.update("insert into app.staff (school_id, id, name, email, role, updated_at) values "
                + "('demo', 'laerer5a', 'Lærer 5.A', 'l5a@x.dk', 'TEACHER', now()), "
                + "('demo', 'leder', 'Skoleleder', 'leder@x.dk', 'LEADER', now()), "
                + "('demo', 'ppr1', 'Psykolog', 'ppr@x.dk', 'PPR', now())");
        j.update("insert into app.team_member (school_id, class_code, staff_id, updated_at) "
                + "values ('demo', '5.A', 'laerer5a', now())");
    }

    private static void guardian(JdbcTemplate j, String id, String name, String student, boolean custody) {
        j.update(
                "insert into app.guardian (school_id, id, name, email, updated_at) values ('demo', ?, ?, ?, now())",
                id,
                name,
                id + "@x.dk");
        j.update(
                "insert into app.student_guardian (school_id, student_id, guardian_id, custody, updated_at) "
                        + "values ('demo', ?, ?, ?, now())",
                student,
                id,
                custody);
    }
}
