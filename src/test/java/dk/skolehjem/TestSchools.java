package dk.skolehjem;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.roster.ImportReport;
import dk.skolehjem.roster.RosterFiles;
import dk.skolehjem.roster.RosterImportService;
import dk.skolehjem.schoolyear.SchoolYearRollout;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** A second school, "Anden Skole", for proving that one school's people never see another's. Idempotent. */
public final class TestSchools {

    public static final String ANDEN = "anden";
    /** Logins of Anden Skole; in tests their password is the login. */
    public static final List<String> ANDEN_LOGINS = List.of("anden-leder", "anden-laerer", "anden-foraelder", "a-g2");

    private TestSchools() {}

    public static void ensureAnden(RosterImportService roster, SchoolYearRollout rollout, IdentityService identity) {
        ensure(roster, rollout, identity, ANDEN, ANDEN_LOGINS);
    }

    /**
     * Imports the school under src/test/resources/roster/{school}/ and starts its school year; the given logins get
     * their login as password. Idempotent.
     */
    public static void ensure(
            RosterImportService roster,
            SchoolYearRollout rollout,
            IdentityService identity,
            String school,
            List<String> logins) {
        var report = importSchool(roster, school);
        // Only new users: checking a password that is wrong would lock the login for a while.
        for (String login : logins) {
            if (report.createdUsers().contains(login)) {
                User user = identity.createUserQuery().userId(login).singleResult();
                user.setPassword(login);
                identity.saveUser(user);
            }
        }
        rollout.rollout(SchoolYear.of(LocalDate.now()), school);
    }

    /** Imports the roster files under src/test/resources/roster/{school}/; the import makes logins and their links. */
    public static ImportReport importSchool(RosterImportService roster, String school) {
        return roster.importFiles(new RosterFiles(
                read(school, "schools.csv"),
                read(school, "students.csv"),
                read(school, "staff.csv"),
                read(school, "councils.csv")));
    }

    private static byte[] read(String school, String name) {
        try (InputStream in = TestSchools.class.getResourceAsStream("/roster/" + school + "/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The class's school year in the engine: the first top-level instance with the class's business key. */
    public static String classYearInstance(
            org.camunda.bpm.engine.HistoryService history,
            dk.skolehjem.calendar.SchoolYear year,
            String school,
            String classCode) {
        return history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(dk.skolehjem.roster.ClassYearKey.of(year, school, classCode))
                .rootProcessInstances()
                .orderByProcessInstanceStartTime()
                .asc()
                .list()
                .get(0)
                .getId();
    }
}
