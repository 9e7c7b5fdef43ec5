package dk.skolehjem.engine;

import dk.skolehjem.notification.TaskNotificationParseListener;
import dk.skolehjem.notification.TaskNotifier;
import dk.skolehjem.reminder.TaskDeadlineListener;
import dk.skolehjem.reminder.TaskDeadlineParseListener;
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

    private final TaskDeadlineListener deadlines;
    private final TaskNotifier notifier;

    EngineConfigurationPlugin(TaskDeadlineListener deadlines, TaskNotifier notifier) {
        this.deadlines = deadlines;
        this.notifier = notifier;
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
        config.getCustomPostBPMNParseListeners().add(new TaskNotificationParseListener(notifier));
    }
}
