package dk.skolehjem.engine;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Puts every process instance in its school's tenant, taken from the {@code schoolId} start variable or the calling
 * process, so a school's people never see another school's instances, tasks or history.
 */
class SchoolTenantIdProvider implements TenantIdProvider {

    static final String SCHOOL_VARIABLE = "schoolId";

    /**
     * A called process stays in its caller's school. A person starting a process can only start it in one of their
     * own schools; the application itself (no authenticated person, or an administrator without schools) must name
     * the school. An instance without a school would be visible to every school, so it is refused.
     */
    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        DelegateExecution parent = ctx.getSuperExecution();
        if (parent != null && parent.getTenantId() != null) {
            return parent.getTenantId();
        }
        Object variable = ctx.getVariables() == null ? null : ctx.getVariables().get(SCHOOL_VARIABLE);
        String requested = variable instanceof String s && !s.isBlank() ? s : null;
        CommandContext command = Context.getCommandContext();
        Authentication auth = command == null ? null : command.getAuthentication();
        List<String> own = auth == null || auth.getTenantIds() == null ? List.of() : auth.getTenantIds();
        if (!own.isEmpty()) {
            if (requested == null && own.size() == 1) {
                return own.get(0);
            }
            if (requested != null && own.contains(requested)) {
                return requested;
            }
            throw new ProcessEngineException("Processen kan kun startes for din egen skole.");
        }
        if (requested == null) {
            throw new ProcessEngineException(
                    "Processen " + ctx.getProcessDefinition().getKey() + " kan ikke startes uden en skole (variablen "
                            + SCHOOL_VARIABLE + ").");
        }
        return requested;
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        DelegateExecution execution = ctx.getExecution();
        return execution == null ? null : execution.getTenantId();
    }
}
