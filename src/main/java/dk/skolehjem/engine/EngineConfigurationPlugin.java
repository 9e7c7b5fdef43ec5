package dk.skolehjem.engine;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Engine settings that properties cannot express: schools as tenants, ids with dashes and dots (the default
 * whitelist allows only letters and digits, which school ids like {@code team-demo-5a} are not), and a deadline
 * and follow-up date on every task, and an e-mail to the people a task is for.
 */
@Component
class EngineConfigurationPlugin extends AbstractProcessEnginePlugin {

    private final java.util.List<EveryUserTask> everyUserTask;
    private final StartEntitlement entitlement;

    EngineConfigurationPlugin(java.util.List<EveryUserTask> everyUserTask, StartEntitlement entitlement) {
        this.everyUserTask = everyUserTask;
        this.entitlement = entitlement;
    }

    /** The same rule the roster import checks ids against, plus Camunda's own admin group. */
    static final String ID_PATTERN = "[A-Za-z0-9]+([._@-][A-Za-z0-9]+)*|camunda-admin";

    private static java.util.List<org.camunda.bpm.engine.impl.interceptor.CommandInterceptor> prepend(
            org.camunda.bpm.engine.impl.interceptor.CommandInterceptor first,
            java.util.List<org.camunda.bpm.engine.impl.interceptor.CommandInterceptor> rest) {
        var all = new ArrayList<org.camunda.bpm.engine.impl.interceptor.CommandInterceptor>();
        all.add(first);
        if (rest != null) {
            all.addAll(rest);
        }
        return all;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl config) {
        config.setTenantIdProvider(new SchoolTenantIdProvider());
        // no full scan of the authorizations before every check (AuthorizationGroups)
        java.util.List<org.camunda.bpm.engine.impl.interceptor.SessionFactory> sessions = new ArrayList<>();
        if (config.getCustomSessionFactories() != null) {
            sessions.addAll(config.getCustomSessionFactories());
        }
        sessions.add(new AuthorizationGroups());
        config.setCustomSessionFactories(sessions);
        config.setGeneralResourceWhitelistPattern(ID_PATTERN);
        config.setJavaSerializationFormatEnabled(false);
        config.setDeserializationTypeValidationEnabled(true);
        config.setDefaultUserPermissionNameForTask("TASK_WORK");
        // reading a case's variables needs its own permission, so READ on an instance (the operator's) shows none
        config.setEnforceSpecificVariablePermission(true);
        // Camunda's lock per account lets anyone lock a teacher out with wrong passwords; the product throttles per
        // source and account instead (access.LoginThrottle)
        config.setLoginMaxAttempts(Integer.MAX_VALUE);
        config.setLoginDelayBase(0);
        config.setLoginDelayMaxTime(0);
        PersonCommandGuard guard = new PersonCommandGuard(config.getIdentityService());
        config.setCustomPreCommandInterceptorsTxRequired(
                prepend(guard, config.getCustomPreCommandInterceptorsTxRequired()));
        config.setCustomPreCommandInterceptorsTxRequiresNew(prepend(
                new PersonCommandGuard(config.getIdentityService()),
                config.getCustomPreCommandInterceptorsTxRequiresNew()));
        if (config.getCustomPostBPMNParseListeners() == null) {
            config.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        config.getCustomPostBPMNParseListeners().add(new EveryUserTaskParseListener(everyUserTask));
        config.getCustomPostBPMNParseListeners().add(new StartEntitlementListener(entitlement));
    }
}
