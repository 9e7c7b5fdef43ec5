package dk.skolehjem.schoolyear;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.engine.AsSystem;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.RosterRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts one {@code school-year} process per active class of a school for a school year, business key
 * {@code <year>:<school>:<class>}. Idempotent by the primary key of {@code app.school_year_run}: the row is claimed
 * in the same transaction that starts the process, so a second or concurrent rollout starts nothing new.
 */
@Service
public class SchoolYearRollout {

    public static final String PROCESS_KEY = "school-year";
    private static final Logger LOG = LoggerFactory.getLogger(SchoolYearRollout.class);

    /** What one rollout did: the classes it started and the ones that already had their year. */
    public record Result(String schoolYear, String schoolId, List<String> started, List<String> alreadyRunning) {}

    private final RosterRepository roster;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate perClass;

    SchoolYearRollout(
            RosterRepository roster,
            RuntimeService runtime,
            IdentityService identity,
            NamedParameterJdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.roster = roster;
        this.runtime = runtime;
        this.identity = identity;
        this.jdbc = jdbc;
        this.perClass = new TransactionTemplate(transactions);
        this.perClass.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public static String businessKey(SchoolYear year, String schoolId, String classCode) {
        return ClassYearKey.of(year, schoolId, classCode);
    }

    /** Rolls out; the caller has checked that the current user may do this for the school. */
    public Result rollout(SchoolYear year, String schoolId) {
        var school = roster.school(schoolId)
                .orElseThrow(() -> new IllegalArgumentException("Skolen '" + schoolId + "' findes ikke"));
        List<String> started = new ArrayList<>();
        List<String> existing = new ArrayList<>();
        for (RosterRepository.ClassRow c : roster.activeClasses(schoolId)) {
            boolean isNew = AsSystem.call(identity, () -> startOne(year, school, c.code()));
            (isNew ? started : existing).add(c.code());
        }
        LOG.info("School year {} at {}: started {}, already running {}", year, schoolId, started, existing);
        return new Result(year.toString(), schoolId, started, existing);
    }

    private boolean startOne(SchoolYear year, RosterRepository.SchoolRow school, String classCode) {
        Boolean result = perClass.execute(tx -> {
            Map<String, Object> key = Map.of("y", year.toString(), "s", school.id(), "c", classCode);
            try {
                jdbc.update(
                        "insert into app.school_year_run (school_year, school_id, class_code, started_at) "
                                + "values (:y, :s, :c, current_timestamp)",
                        key);
            } catch (DuplicateKeyException alreadyThere) {
                tx.setRollbackOnly();
                return false;
            }
            ProcessInstance pi = runtime.createProcessInstanceByKey(PROCESS_KEY)
                    .businessKey(businessKey(year, school.id(), classCode))
                    .setVariables(Variables.createVariables()
                            .putValue("schoolId", school.id())
                            .putValue("schoolName", school.name())
                            .putValue("classCode", classCode)
                            .putValue("schoolYear", year.toString())
                            .putValue("policyId", school.policyId()))
                    .execute();
            jdbc.update(
                    "update app.school_year_run set process_instance_id = :pi where school_year = :y "
                            + "and school_id = :s and class_code = :c",
                    Map.of("pi", pi.getId(), "y", year.toString(), "s", school.id(), "c", classCode));
            return true;
        });
        return Boolean.TRUE.equals(result);
    }
}
