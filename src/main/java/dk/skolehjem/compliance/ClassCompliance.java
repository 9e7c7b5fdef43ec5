package dk.skolehjem.compliance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One class's checks for the year, and how many stand where. */
public record ClassCompliance(String classCode, List<Check> checks) {

    /** How many checks have each status (every status present, zero or more). */
    public Map<Status, Long> counts() {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, checks.stream().filter(c -> c.status() == s).count());
        }
        return counts;
    }

    /** The checks of one kind of thing (the parent meetings, the conferences), in order. */
    public List<Check> of(dk.skolehjem.policy.Promised setting) {
        return checks.stream().filter(c -> c.setting() == setting).toList();
    }
}
