package dk.skolehjem.demo;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.concern.ConcernCases;
import dk.skolehjem.concern.ConcernModule;
import dk.skolehjem.roster.ImportReport;
import dk.skolehjem.roster.RosterFiles;
import dk.skolehjem.roster.RosterImportService;
import dk.skolehjem.schoolyear.SchoolYearRollout;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Demoskolen" for trying the product and for the integration tests: its roster, the well-known demo logins of
 * README.md, this school year's processes and one concern waiting for leadership. Only in the demo profile, which production refuses to run with.
 */
@Component
@Profile("demo")
@Order(40)
class DemoSchool implements ApplicationRunner {

    static final String SCHOOL_ID = "demo";
    static final String SECOND_SCHOOL_ID = "nord";
    /** Logins whose password is the login itself; listed in README.md. Everyone else has an unguessable one. */
    static final List<String> LOGINS =
            List.of("leder", "laerer", "paedagog", "ppr", "foraelder1", "foraelder2", "bestyrelse", "kommune");

    private static final Logger LOG = LoggerFactory.getLogger(DemoSchool.class);

    private final RosterImportService roster;
    private final SchoolYearRollout rollout;
    private final IdentityService identity;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final RuntimeService runtime;
    private final ConcernModule concern;
    private final ConcernCases cases;

    DemoSchool(
            RosterImportService roster,
            SchoolYearRollout rollout,
            IdentityService identity,
            TransactionTemplate transaction,
            Clock clock,
            RuntimeService runtime,
            ConcernModule concern,
            ConcernCases cases) {
        this.runtime = runtime;
        this.concern = concern;
        this.cases = cases;
        this.roster = roster;
        this.rollout = rollout;
        this.identity = identity;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(tx -> {
            ImportReport report = roster.importFiles(files());
            for (String login : LOGINS) {
                if (report.createdUsers().contains(login)) {
                    User user = identity.createUserQuery().userId(login).singleResult();
                    user.setPassword(login);
                    identity.saveUser(user);
                }
            }
        });
        var result = rollout.rollout(SchoolYear.of(LocalDate.now(clock)), SCHOOL_ID);
        // a second school, so the municipality has schools to compare
        rollout.rollout(SchoolYear.of(LocalDate.now(clock)), SECOND_SCHOOL_ID);
        raiseDemoConcern();
        LOG.info("Demoskolen is ready: school year {} started for {}", result.schoolYear(), result.started());
    }

    /** One concern, raised by laerer about Jonas Pedersen (5.A), waiting for leder's review: something to look at. */
    private void raiseDemoConcern() {
        if (!cases.ofSchools(List.of(SCHOOL_ID)).isEmpty()) {
            return;
        }
        Map<String, Object> registration = new HashMap<>();
        registration.put("requestedBy", "laerer");
        registration.put("schoolId", SCHOOL_ID);
        registration.put("child", "e5a04");
        registration.put("category", "trivsel");
        registration.put("description", "Jonas sidder ofte alene i frikvartererne og virker træt om morgenen.");
        registration.put("concernSince", LocalDate.now(clock).minusWeeks(3).toString());
        registration.put("tried", "Klasseteamet har talt med Jonas to gange.");
        registration.put("earlierAttempts", 0);
        registration.put("urgency", "middel");
        registration.put("childAtRisk", false);
        runtime.startProcessInstanceByKey(concern.key(), registration);
    }

    private static RosterFiles files() {
        return new RosterFiles(read("schools.csv"), read("students.csv"), read("staff.csv"), read("councils.csv"));
    }

    private static byte[] read(String name) {
        try (InputStream in = new ClassPathResource("demo/roster/" + name).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Demoskolens " + name + " mangler i programmet", e);
        }
    }
}
