package dk.skolehjem.engine;

import dk.skolehjem.roster.GroupIds;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.batch.DeleteBatchCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractDeleteProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractModificationCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractProcessInstanceModificationCommand;
import org.camunda.bpm.engine.impl.cmd.AbstractRestartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetBatchStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetExternalTaskRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetJobsRetriesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessDefinitionStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetProcessInstanceStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractUpdateProcessInstancesSuspendStateCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractWritableIdentityServiceCmd;
import org.camunda.bpm.engine.impl.cmd.AddIdentityLinkForProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAuthorizationCommand;
import org.camunda.bpm.engine.impl.cmd.CreateFilterCmd;
import org.camunda.bpm.engine.impl.cmd.CreateIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.CreateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteAuthorizationCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteDeploymentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricTaskInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteHistoricVariableInstancesByProcessInstanceIdCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkForProcessDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteProcessInstanceCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteTaskCommentCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserInfoCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserOperationLogEntryCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteUserPictureCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.cmd.ExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.FetchExternalTasksCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.HistoryCleanupCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.RecalculateJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAttachmentCmd;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetAnnotationForIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDefinitionPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobDuedateCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetProcessDefinitionVersionCmd;
import org.camunda.bpm.engine.impl.cmd.SetPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDescriptionCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDueDateCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskFollowUpDateCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskNameCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskOwnerCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskPriorityCmd;
import org.camunda.bpm.engine.impl.cmd.SetUserInfoCmd;
import org.camunda.bpm.engine.impl.cmd.SetUserPictureCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockUserCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateCommentCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateDecisionDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.cmd.UpdateProcessDefinitionHistoryTimeToLiveCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteHistoricProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.DeleteProcessInstanceBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.migration.AbstractMigrationCmd;
import org.camunda.bpm.engine.impl.migration.batch.MigrateProcessInstanceBatchCmd;

/**
 * The engine's own last line of "One door per role": whatever HTTP route a future change opens, a person (anyone
 * the engine knows as authenticated) cannot start a process, correlate a message, send a signal, change an
 * instance, write variables outside a form, end a task by a BPMN error or escalation, attach files, comment on a
 * task or delete comments, make or alter tasks by hand, or edit users and authorizations: only the
 * system does that, after a product service has derived what it is about from the roster. Deployments, jobs and
 * incidents are the operator's. Only calls from outside the engine are checked: what a delegate does inside a
 * person's task completion is the process's own work.
 */
final class PersonCommandGuard extends CommandInterceptor {

    /** Only the system, never a person (the operator included). */
    static final List<Class<?>> SYSTEM_ONLY = List.of(
            StartProcessInstanceCmd.class,
            StartProcessInstanceAtActivitiesCmd.class,
            SubmitStartFormCmd.class,
            EvaluateStartConditionCmd.class,
            AbstractCorrelateMessageCmd.class,
            CorrelateAllMessageBatchCmd.class,
            MessageEventReceivedCmd.class,
            SignalEventReceivedCmd.class,
            SignalCmd.class,
            AbstractModificationCmd.class,
            AbstractProcessInstanceModificationCommand.class,
            ModifyProcessInstanceCmd.class,
            ModifyProcessInstanceAsyncCmd.class,
            AbstractRestartProcessInstanceCmd.class,
            AbstractMigrationCmd.class,
            MigrateProcessInstanceBatchCmd.class,
            SetProcessDefinitionVersionCmd.class,
            AbstractVariableCmd.class,
            AbstractPatchVariablesCmd.class,
            SetVariablesToProcessInstancesBatchCmd.class,
            CreateTaskCmd.class,
            SaveTaskCmd.class,
            DeleteTaskCmd.class,
            SetTaskDueDateCmd.class,
            SetTaskFollowUpDateCmd.class,
            SetTaskNameCmd.class,
            SetTaskDescriptionCmd.class,
            SetTaskPriorityCmd.class,
            SetTaskOwnerCmd.class,
            DeleteIdentityLinkCmd.class,
            AddIdentityLinkForProcessDefinitionCmd.class,
            DeleteIdentityLinkForProcessDefinitionCmd.class,
            AbstractWritableIdentityServiceCmd.class,
            SetUserInfoCmd.class,
            DeleteUserInfoCmd.class,
            SetUserPictureCmd.class,
            DeleteUserPictureCmd.class,
            CreateAuthorizationCommand.class,
            SaveAuthorizationCmd.class,
            DeleteAuthorizationCmd.class,
            CreateFilterCmd.class,
            SaveFilterCmd.class,
            DeleteFilterCmd.class,
            AbstractSetProcessInstanceStateCmd.class,
            AbstractSetProcessDefinitionStateCmd.class,
            AbstractUpdateProcessInstancesSuspendStateCmd.class,
            HandleTaskBpmnErrorCmd.class,
            HandleTaskEscalationCmd.class,
            CreateAttachmentCmd.class,
            SaveAttachmentCmd.class,
            DeleteAttachmentCmd.class,
            DeleteTaskCommentCmd.class,
            DeleteProcessInstanceCommentCmd.class,
            UpdateCommentCmd.class);

    /** The operator's: deployments, jobs, incidents, suspension, clean-up. */
    static final List<Class<?>> OPERATOR_ONLY = List.of(
            DeployCmd.class,
            DeleteDeploymentCmd.class,
            AbstractDeleteProcessDefinitionCmd.class,
            AbstractDeleteProcessInstanceCmd.class,
            DeleteProcessInstanceBatchCmd.class,
            DeleteHistoricProcessInstancesCmd.class,
            DeleteHistoricProcessInstancesBatchCmd.class,
            DeleteHistoricTaskInstanceCmd.class,
            DeleteHistoricVariableInstanceCmd.class,
            DeleteHistoricVariableInstancesByProcessInstanceIdCmd.class,
            DeleteUserOperationLogEntryCmd.class,
            SetJobRetriesCmd.class,
            AbstractSetJobsRetriesBatchCmd.class,
            SetJobDuedateCmd.class,
            RecalculateJobDuedateCmd.class,
            SetJobPriorityCmd.class,
            SetJobDefinitionPriorityCmd.class,
            DeleteJobCmd.class,
            DeleteJobsCmd.class,
            ExecuteJobsCmd.class,
            AbstractSetStateCmd.class,
            AbstractSetBatchStateCmd.class,
            DeleteBatchCmd.class,
            ResolveIncidentCmd.class,
            SetAnnotationForIncidentCmd.class,
            CreateIncidentCmd.class,
            AbstractSetExternalTaskRetriesCmd.class,
            ExternalTaskCmd.class,
            FetchExternalTasksCmd.class,
            UnlockUserCmd.class,
            HistoryCleanupCmd.class,
            UpdateProcessDefinitionHistoryTimeToLiveCmd.class,
            UpdateDecisionDefinitionHistoryTimeToLiveCmd.class,
            SetPropertyCmd.class);

    private final IdentityService identity;

    PersonCommandGuard(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (Context.getCommandContext() == null) {
            check(command, identity.getCurrentAuthentication());
        }
        return next.execute(command);
    }

    static void check(Command<?> command, Authentication person) {
        if (person == null || person.getUserId() == null) {
            return;
        }
        Class<?> type = command.getClass();
        // assigning a task within the team is Tasklist's own work; adding candidates is not
        boolean addsCandidate =
                AbstractAddIdentityLinkCmd.class.isAssignableFrom(type) && !AssignTaskCmd.class.isAssignableFrom(type);
        if (addsCandidate
                || SYSTEM_ONLY.stream().anyMatch(c -> c.isAssignableFrom(type))
                || type.getName().contains(".removaltime.")) {
            throw refused(person, type);
        }
        if (command instanceof org.camunda.bpm.engine.impl.cmd.AddCommentCmd) {
            // a comment would be an unstructured note about a child beside the forms, the minutes and their retention
            throw new AuthorizationException(
                    "Skole-hjem bruger ikke kommentarer på opgaver. Skriv det i opgavens skema, så det kommer med i"
                            + " referatet.");
        }
        if (command instanceof ClaimTaskCmd claim && !claimsForThemselves(claim, person)) {
            // claiming "for" someone else hands them the task and with it the child's data
            throw new AuthorizationException("En opgave kan kun overtages af den, der selv skal løse den.");
        }
        boolean operator = person.getGroupIds() != null && person.getGroupIds().contains(GroupIds.OPERATORS);
        if (!operator && OPERATOR_ONLY.stream().anyMatch(c -> c.isAssignableFrom(type))) {
            throw refused(person, type);
        }
    }

    private static boolean claimsForThemselves(ClaimTaskCmd claim, Authentication person) {
        try {
            java.lang.reflect.Field userId = ClaimTaskCmd.class.getDeclaredField("userId");
            userId.setAccessible(true);
            Object claimant = userId.get(claim);
            return claimant == null || claimant.equals(person.getUserId());
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    private static AuthorizationException refused(Authentication person, Class<?> type) {
        return new AuthorizationException(
                "Det kan kun Skole-hjem selv gøre (" + type.getSimpleName() + "), ikke " + person.getUserId() + ".");
    }
}
