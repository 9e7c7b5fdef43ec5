package dk.skolehjem.engine;

import dk.skolehjem.calendar.SchoolYear;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * What happened at one school in one school year, as the process modules declare it ({@link ProcessModule#evidence},
 * {@link ProcessModule#recorded}): read from the engine's history in one query for the whole school, so a leader's
 * page for forty classes costs one round trip, not one per class and step.
 */
@Service
public class EvidenceReader {

    private final NamedParameterJdbcTemplate jdbc;
    private final List<ProcessModule> modules;

    EvidenceReader(NamedParameterJdbcTemplate jdbc, List<ProcessModule> modules) {
        this.jdbc = jdbc;
        this.modules = modules;
    }

    /** One step of one instance as the history has it. */
    private record Step(
            String processKey,
            String activityId,
            String instance,
            String businessKey,
            Instant started,
            Instant ended,
            boolean cancelled,
            String by) {}

    /** Every occurrence at the school in the year, oldest first. */
    public List<Occurrence> occurrences(String schoolId, SchoolYear year) {
        Map<String, List<Evidence>> byProcess = new HashMap<>();
        Set<String> activityIds = new HashSet<>();
        for (ProcessModule m : modules) {
            for (Evidence e : m.evidence()) {
                byProcess.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(e);
                activityIds.add(e.activityId());
                if (e.confirmedBy() != null) {
                    activityIds.add(e.confirmedBy());
                }
            }
        }
        List<Occurrence> found = new ArrayList<>();
        if (!activityIds.isEmpty()) {
            List<Step> steps = jdbc.query(
                    "select a.PROC_DEF_KEY_ as def, a.ACT_ID_ as act, a.PROC_INST_ID_ as pi, p.BUSINESS_KEY_ as bk,"
                            + " a.START_TIME_ as started, a.END_TIME_ as ended, a.ACT_INST_STATE_ as state,"
                            + " a.ASSIGNEE_ as who"
                            + " from ACT_HI_ACTINST a join ACT_HI_PROCINST p on p.ID_ = a.PROC_INST_ID_"
                            + " where p.BUSINESS_KEY_ like :prefix and a.ACT_ID_ in (:steps)",
                    new MapSqlParameterSource()
                            .addValue("prefix", year + ":" + schoolId + ":%")
                            .addValue("steps", List.copyOf(activityIds)),
                    (rs, i) -> new Step(
                            rs.getString("def"),
                            rs.getString("act"),
                            rs.getString("pi"),
                            rs.getString("bk"),
                            instant(rs.getTimestamp("started")),
                            instant(rs.getTimestamp("ended")),
                            rs.getInt("state") == 2,
                            rs.getString("who")));
            Map<String, List<Step>> byInstance = new HashMap<>();
            steps.forEach(s -> byInstance
                    .computeIfAbsent(s.instance(), k -> new ArrayList<>())
                    .add(s));
            byInstance.values().forEach(instanceSteps -> {
                instanceSteps.sort(Comparator.comparing(Step::started));
                String processKey = instanceSteps.get(0).processKey();
                for (Evidence e : byProcess.getOrDefault(processKey, List.of())) {
                    found.addAll(occurrences(e, instanceSteps));
                }
            });
        }
        modules.forEach(m -> found.addAll(m.recorded(schoolId, year)));
        found.sort(Comparator.comparing(Occurrence::at));
        return found;
    }

    private static List<Occurrence> occurrences(Evidence e, List<Step> steps) {
        List<Occurrence> result = new ArrayList<>();
        for (Step s : steps) {
            if (!s.activityId().equals(e.activityId())) {
                continue;
            }
            // a step cancelled by a boundary event (the council did not answer) did not happen
            Instant at = e.whenStarted() ? s.started() : (s.cancelled() ? null : s.ended());
            if (at == null) {
                continue;
            }
            if (e.confirmedBy() != null) {
                Instant confirmed = steps.stream()
                        .filter(c -> c.activityId().equals(e.confirmedBy()) && c.ended() != null && !c.cancelled())
                        .map(Step::ended)
                        .filter(t -> !t.isBefore(at))
                        .min(Comparator.naturalOrder())
                        .orElse(null);
                boolean lastBefore = confirmed != null
                        && steps.stream()
                                .filter(o -> o.activityId().equals(e.activityId()) && o.ended() != null)
                                .noneMatch(
                                        o -> o.ended().isAfter(at) && !o.ended().isAfter(confirmed));
                if (!lastBefore) {
                    continue;
                }
            }
            result.add(new Occurrence(e.what(), s.businessKey(), at, s.by(), s.instance()));
        }
        return result;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
