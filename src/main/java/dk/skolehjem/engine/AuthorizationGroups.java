package dk.skolehjem.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization checks without their full scan: before each check Camunda narrows the person's groups
 * to those that hold any authorization, by reading every group id in ACT_RU_AUTHORIZATION (16-21 ms at 72,000 rows,
 * on every engine call; a municipality has 160,000). The narrowing only shortens the check's list of groups: a
 * group without authorizations matches no row either way, so the person's own groups are used as they are and the
 * answer is the same, without the scan.
 */
final class AuthorizationGroups implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
        return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
        return new Manager();
    }

    /** Camunda's authorization manager, but the person's groups are taken as they are. */
    static final class Manager extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null
                    ? new ArrayList<>()
                    : new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
        }
    }
}
