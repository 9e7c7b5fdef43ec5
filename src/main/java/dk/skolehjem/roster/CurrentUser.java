package dk.skolehjem.roster;

import java.util.List;

/** The person behind an API request, as the engine knows them: their id, groups and schools (tenants). */
public record CurrentUser(String id, List<String> groups, List<String> tenants) {

    public static final String REQUEST_ATTRIBUTE = "skolehjem.currentUser";

    /** The technical administrator (operator): runs the system, never reads children's data. */
    public boolean isAdmin() {
        return groups.contains(GroupIds.OPERATORS);
    }

    public boolean leads(String schoolId) {
        return groups.contains(GroupIds.leadership(schoolId));
    }
}
