package dk.skolehjem.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;

/**
 * Puts every process instance in its school's tenant, taken from the {@code schoolId} start variable or the calling
 * process, so a school's people never see another school's instances, tasks or history.
 */
class SchoolTenantIdProvider implements TenantIdProvider {

    static final String SCHOOL_VARIABLE = "schoolId";

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        DelegateExecution parent = ctx.getSuperExecution();
        if (parent != null && parent.getTenantId() != null) {
            return parent.getTenantId();
        }
        Object school = ctx.getVariables() == null ? null : ctx.getVariables().get(SCHOOL_VARIABLE);
        return school instanceof String s && !s.isBlank() ? s : null;
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
