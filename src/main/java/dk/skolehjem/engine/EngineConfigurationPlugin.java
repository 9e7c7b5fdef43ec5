package dk.skolehjem.engine;

import dk.skolehjem.reminder.TaskDeadlineListener;
import dk.skolehjem.reminder.TaskDeadlineParseListener;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Engine settings that properties cannot express: schools as tenants, ids with dashes and dots (the default
 * whitelist allows only letters and digits, which school ids like {@code team-demo-5a} are not), and a deadline
 * and follow-up date on every task.
 */
@Component
class EngineConfigurationPlugin extends AbstractProcessEnginePlugin {

    private final TaskDeadlineListener deadlines;

    EngineConfigurationPlugin(TaskDeadlineListener deadlines) {
        this.deadlines = deadlines;
    }

    /** The same rule the roster import checks ids against, plus Camunda's own admin group. */
    static final String ID_PATTERN = "[A-Za-z0-9]+([._@-][A-Za-z0-9]+)*|camunda-admin";

    @Override
    public void preInit(ProcessEngineConfigurationImpl config) {
        config.setTenantIdProvider(new SchoolTenantIdProvider());
        config.setGeneralResourceWhitelistPattern(ID_PATTERN);
        config.setJavaSerializationFormatEnabled(false);
        config.setDeserializationTypeValidationEnabled(true);
        config.setDefaultUserPermissionNameForTask("TASK_WORK");
        if (config.getCustomPostBPMNParseListeners() == null) {
            config.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        config.getCustomPostBPMNParseListeners().add(new TaskDeadlineParseListener(deadlines));
    }
}
