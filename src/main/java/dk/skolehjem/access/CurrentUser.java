package dk.skolehjem.access;

import dk.skolehjem.roster.GroupIds;
import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;

/** The person behind an API request, as the engine knows them: their id, groups and schools (tenants). */
public record CurrentUser(String id, List<String> groups, List<String> tenants) {

    public static final String REQUEST_ATTRIBUTE = "skolehjem.currentUser";

    public boolean isAdmin() {
        return groups.contains(Groups.CAMUNDA_ADMIN);
    }

    public boolean leads(String schoolId) {
        return groups.contains(GroupIds.leadership(schoolId));
    }
}
