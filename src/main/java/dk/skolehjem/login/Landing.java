package dk.skolehjem.login;

import dk.skolehjem.roster.GroupIds;
import java.util.Collection;

/**
 * Where a person lands after logging in: a guardian or council member on "Mit barn" (they never see Camunda), staff
 * in Tasklist, the operator in Cockpit, a school board member on the board's evaluation, the municipality on its
 * schools' view.
 */
final class Landing {

    static final String FAMILY = "/foraeldre";
    static final String TASKLIST = "/camunda/app/tasklist/default/";
    static final String COCKPIT = "/camunda/app/cockpit/default/";
    static final String BOARD = "/bestyrelse";
    static final String MUNICIPALITY = "/kommune";

    private Landing() {}

    static String of(Collection<String> groups) {
        boolean staff = groups.stream()
                .anyMatch(g -> g.startsWith(GroupIds.STAFF)
                        || g.startsWith(GroupIds.LEADERSHIP)
                        || g.startsWith(GroupIds.PPR)
                        || g.startsWith(GroupIds.TEAM));
        if (staff) {
            return TASKLIST;
        }
        if (groups.contains(GroupIds.OPERATORS)) {
            return COCKPIT;
        }
        if (groups.stream().anyMatch(g -> g.startsWith(GroupIds.MUNICIPALITY))) {
            return MUNICIPALITY;
        }
        if (groups.stream().anyMatch(g -> g.startsWith(GroupIds.BOARD))) {
            return BOARD;
        }
        return FAMILY;
    }
}
