package dk.skolehjem.access;

import dk.skolehjem.roster.GroupIds;
import java.security.SecureRandom;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The technical administrator from the environment (SKOLEHJEM_ADMIN_USER/PASSWORD), made an operator: Admin,
 * Cockpit's incidents and jobs, deployments, but not a member of Camunda's all-powerful {@code camunda-admin}, whose
 * members read every variable. That group keeps one member nobody can log in as, so Camunda never offers its
 * "create the first administrator" page either.
 */
@Component
@Order(5)
class OperatorAccount implements ApplicationRunner {

    static final String LOCKED_ADMIN = "skolehjem-system";

    private final IdentityService identity;
    private final String operatorId;
    private final String operatorPassword;

    OperatorAccount(
            IdentityService identity,
            @Value("${skolehjem.operator.id:}") String operatorId,
            @Value("${skolehjem.operator.password:}") String operatorPassword) {
        this.identity = identity;
        this.operatorId = operatorId;
        this.operatorPassword = operatorPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        ensureGroup(GroupIds.OPERATORS, "Drift (teknisk administration)", "SYSTEM");
        ensureGroup(Groups.CAMUNDA_ADMIN, "Camunda-administratorer (ingen personer)", Groups.GROUP_TYPE_SYSTEM);
        if (identity.createUserQuery().userId(LOCKED_ADMIN).count() == 0) {
            User user = identity.newUser(LOCKED_ADMIN);
            user.setFirstName("Skole-hjem");
            user.setLastName("System");
            user.setPassword(unguessable());
            identity.saveUser(user);
        }
        member(LOCKED_ADMIN, Groups.CAMUNDA_ADMIN);
        if (operatorId.isBlank()) {
            return;
        }
        if (identity.createUserQuery().userId(operatorId).count() == 0) {
            User user = identity.newUser(operatorId);
            user.setFirstName("Skole-hjem");
            user.setLastName("Drift");
            user.setPassword(operatorPassword);
            identity.saveUser(user);
        }
        member(operatorId, GroupIds.OPERATORS);
        // an earlier version made the administrator a camunda-admin, who reads every child's data
        if (identity.createUserQuery()
                        .userId(operatorId)
                        .memberOfGroup(Groups.CAMUNDA_ADMIN)
                        .count()
                > 0) {
            identity.deleteMembership(operatorId, Groups.CAMUNDA_ADMIN);
        }
    }

    private void ensureGroup(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }
    }

    private void member(String user, String group) {
        if (identity.createUserQuery().userId(user).memberOfGroup(group).count() == 0) {
            identity.createMembership(user, group);
        }
    }

    /** 256 random bits with every character class, never stored in clear or shown: nobody logs in as the system. */
    private static String unguessable() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return "Aa1!" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
