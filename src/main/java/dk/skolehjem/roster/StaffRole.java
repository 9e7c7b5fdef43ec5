package dk.skolehjem.roster;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/** What a staff member is at a school; decides their groups (class team, leadership, PPR). */
public enum StaffRole {
    TEACHER("lærer", Set.of("lærer", "laerer", "teacher")),
    PEDAGOGUE("pædagog", Set.of("pædagog", "paedagog", "pedagogue")),
    LEADER("leder", Set.of("leder", "leader", "skoleleder", "afdelingsleder")),
    PPR("ppr", Set.of("ppr", "psykolog")),
    /** A member of the school board: not employed at the school, reads the board's evaluation only. */
    BOARD("bestyrelse", Set.of("bestyrelse", "skolebestyrelse", "bestyrelsesmedlem", "board")),
    /** The municipality's administration: the schools' promises as aggregates, one row per school it oversees. */
    MUNICIPALITY("kommune", Set.of("kommune", "forvaltning", "kommunal konsulent"));

    private final String danish;
    private final Set<String> spellings;

    StaffRole(String danish, Set<String> spellings) {
        this.danish = danish;
        this.spellings = spellings;
    }

    public String danish() {
        return danish;
    }

    static Optional<StaffRole> parse(String text) {
        String t = text.trim().toLowerCase();
        return Arrays.stream(values()).filter(r -> r.spellings.contains(t)).findFirst();
    }
}
