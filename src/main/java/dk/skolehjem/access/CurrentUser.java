package dk.skolehjem.access;

import dk.skolehjem.roster.GroupIds;
import java.util.List;

/** The person behind an API request, as the engine knows them: their id, groups and schools (tenants). */
public record CurrentUser(String id, List<String> groups, List<String> tenants) {

    public static final String REQUEST_ATTRIBUTE = "skolehjem.currentUser";

    /** The technical administrator (operator): runs the system, never reads children's data. */
    public boolean isAdmin() {
        return groups.contains(Role.OPERATORS_GROUP);
    }

    public boolean leads(String schoolId) {
        return groups.contains(GroupIds.leadership(schoolId));
    }
}
