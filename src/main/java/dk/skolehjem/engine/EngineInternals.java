package dk.skolehjem.engine;

import java.util.Date;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The adapter to Camunda's engine internals ({@code org.camunda.bpm.engine.impl}) that the rest of the product
 * needs: the engine's clock and the person in the running command. Nothing outside {@code engine/} imports the
 * internals, so moving to another engine version or to Operaton touches this package only.
 */
public final class EngineInternals {

    private EngineInternals() {}

    /** The engine's time, which tests move to simulate a school year. */
    static Date now() {
        return ClockUtil.getCurrentTime();
    }

    /** The person the running engine command acts for, or null outside a command or for the system. */
    static String authenticatedUserId() {
        CommandContext command = Context.getCommandContext();
        return command == null ? null : command.getAuthenticatedUserId();
    }

    /**
     * Sets a task-local variable in a transaction of its own, which stays when the running command is rolled back
     * (a refused form completion that must still leave the task showing fresh choices).
     */
    public static void setTaskVariableInNewTransaction(String taskId, String name, Object value) {
        Context.getProcessEngineConfiguration()
                .getCommandExecutorTxRequiresNew()
                .execute(command -> {
                    var task = command.getTaskManager().findTaskById(taskId);
                    if (task != null) {
                        task.setVariableLocal(name, value);
                    }
                    return null;
                });
    }

    /**
     * Runs work inside the current command without the acting person's authorizations: the process itself, not the
     * person, touches another family's task (a sibling's reserved conference time).
     */
    public static void withoutAuthorization(Runnable work) {
        withoutAuthorization(() -> {
            work.run();
            return null;
        });
    }

    /** As {@link #withoutAuthorization(Runnable)}, with a result; outside a command the work simply runs. */
    public static <T> T withoutAuthorization(java.util.function.Supplier<T> work) {
        CommandContext command = Context.getCommandContext();
        return command == null ? work.get() : command.runWithoutAuthorization(work::get);
    }

    private static final ThreadLocal<Boolean> ON_BEHALF = new ThreadLocal<>();

    /**
     * Runs work as the system on a person's behalf: the engine knows them as the one acting (so a form's rule and
     * the history name them), but checks none of their engine rights, which a family does not have. Only the
     * portal calls it, after it has checked that the person may act.
     */
    static <T> T onBehalfOf(
            org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl configuration,
            org.camunda.bpm.engine.IdentityService identity,
            String userId,
            java.util.List<String> groups,
            java.util.function.Supplier<T> work) {
        var previous = identity.getCurrentAuthentication();
        identity.setAuthentication(userId, groups);
        ON_BEHALF.set(Boolean.TRUE);
        try {
            return configuration.getCommandExecutorTxRequired().execute(command -> {
                command.disableAuthorizationCheck();
                command.disableTenantCheck();
                try {
                    return work.get();
                } finally {
                    command.enableAuthorizationCheck();
                    command.enableTenantCheck();
                }
            });
        } finally {
            ON_BEHALF.remove();
            if (previous == null) {
                identity.clearAuthentication();
            } else {
                identity.setAuthentication(previous);
            }
        }
    }

    /** Whether the running work is the portal's, on a family's behalf. */
    static boolean onBehalf() {
        return Boolean.TRUE.equals(ON_BEHALF.get());
    }
}
