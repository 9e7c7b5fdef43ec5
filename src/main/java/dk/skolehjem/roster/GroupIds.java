package dk.skolehjem.roster;

import java.util.List;

/**
 * The Camunda group ids Skole-hjem owns, one naming rule in one place, because BPMN candidate groups, authorizations
 * and the import must agree on them.
 */
public final class GroupIds {

    public static final String STAFF = "staff-";
    public static final String GUARDIANS = "guardians-";
    public static final String LEADERSHIP = "leadership-";
    public static final String PPR = "ppr-";
    public static final String TEAM = "team-";
    public static final String COUNCIL = "council-";
    public static final String BOARD = "board-";
    public static final String MUNICIPALITY = "municipality-";
    /** The technical administrators: every school's tenant, no children's data (not Camunda's all-powerful admins). */
    public static final String OPERATORS = "skolehjem-drift";

    private static final List<String> PREFIXES =
            List.of(STAFF, GUARDIANS, LEADERSHIP, PPR, TEAM, COUNCIL, BOARD, MUNICIPALITY);

    private GroupIds() {}

    /** Everyone employed at the school: Tasklist access. */
    public static String staff(String school) {
        return "staff-" + school;
    }

    /** Every guardian with custody of a student at the school: Tasklist access. */
    public static String guardians(String school) {
        return "guardians-" + school;
    }

    public static String leadership(String school) {
        return "leadership-" + school;
    }

    public static String ppr(String school) {
        return "ppr-" + school;
    }

    /**
     * The school board (skolebestyrelsen): reads the evaluation of its principle, counts only; no engine access, no
     * child's name, not in the school's tenant.
     */
    public static String board(String school) {
        return BOARD + school;
    }

    /** The schools whose board the groups name. */
    public static java.util.List<String> boardSchools(java.util.Collection<String> groups) {
        return groups.stream()
                .filter(g -> g.startsWith(BOARD))
                .map(g -> g.substring(BOARD.length()))
                .sorted()
                .toList();
    }

    /**
     * The municipality's view of one school (forvaltningen): the same promises as aggregates across its schools, no
     * names; no engine access, not in the school's tenant.
     */
    public static String municipality(String school) {
        return MUNICIPALITY + school;
    }

    /** The schools the groups give a municipal view of. */
    public static java.util.List<String> municipalSchools(java.util.Collection<String> groups) {
        return groups.stream()
                .filter(g -> g.startsWith(MUNICIPALITY))
                .map(g -> g.substring(MUNICIPALITY.length()))
                .sorted()
                .toList();
    }

    public static String team(String school, String classCode) {
        return "team-" + school + "-" + compact(classCode);
    }

    public static String council(String school, String classCode) {
        return "council-" + school + "-" + compact(classCode);
    }

    /** True for groups the roster import creates and may change; all other groups are left alone. */
    public static boolean isManaged(String groupId) {
        return PREFIXES.stream().anyMatch(groupId::startsWith);
    }

    private static String compact(String classCode) {
        return classCode.replace(".", "").toLowerCase();
    }
}
