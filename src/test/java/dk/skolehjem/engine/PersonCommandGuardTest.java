package dk.skolehjem.engine;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import dk.skolehjem.roster.GroupIds;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.AddGroupIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.SetExecutionVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SetJobRetriesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDueDateCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.junit.jupiter.api.Test;

/** The engine's own last line: which commands a person, the operator and the system may run. */
class PersonCommandGuardTest {

    private static final Authentication GUARDIAN =
            new Authentication("foraelder1", List.of("guardians-demo"), List.of("demo"));
    private static final Authentication LEADER =
            new Authentication("leder", List.of("staff-demo", "leadership-demo"), List.of("demo"));
    private static final Authentication OPERATOR =
            new Authentication("demo", List.of(GroupIds.OPERATORS), List.of("demo"));

    @Test
    void noPersonStartsCorrelatesSignalsModifiesOrWritesVariables_theOperatorNeither() {
        for (Class<? extends Command<?>> type : List.of(
                StartProcessInstanceCmd.class,
                StartProcessInstanceAtActivitiesCmd.class,
                SubmitStartFormCmd.class,
                CorrelateMessageCmd.class,
                SignalEventReceivedCmd.class,
                ModifyProcessInstanceCmd.class,
                SetExecutionVariablesCmd.class,
                SaveTaskCmd.class,
                SetTaskDueDateCmd.class,
                AddGroupIdentityLinkCmd.class,
                SaveUserCmd.class,
                org.camunda.bpm.engine.impl.cmd.SuspendProcessInstanceCmd.class,
                org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd.class,
                org.camunda.bpm.engine.impl.cmd.CreateAttachmentCmd.class)) {
            for (Authentication person : List.of(GUARDIAN, LEADER, OPERATOR)) {
                assertThatThrownBy(() -> PersonCommandGuard.check(mock(type), person))
                        .as(type.getSimpleName())
                        .isInstanceOf(AuthorizationException.class)
                        .hasMessageContaining("kun Skole-hjem selv");
            }
            assertThatCode(() -> PersonCommandGuard.check(mock(type), null))
                    .as("the system")
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void deploymentsAndJobsAreTheOperators() {
        for (Class<? extends Command<?>> type : List.of(DeployCmd.class, SetJobRetriesCmd.class)) {
            assertThatThrownBy(() -> PersonCommandGuard.check(mock(type), LEADER))
                    .isInstanceOf(AuthorizationException.class);
            assertThatCode(() -> PersonCommandGuard.check(mock(type), OPERATOR)).doesNotThrowAnyException();
        }
    }

    @Test
    void aPersonClaimsATaskForThemselvesOnly() {
        assertThatCode(() -> PersonCommandGuard.check(new ClaimTaskCmd("t1", "foraelder1"), GUARDIAN))
                .doesNotThrowAnyException();
        assertThatCode(() -> PersonCommandGuard.check(new ClaimTaskCmd("t1", null), GUARDIAN))
                .as("giving it back")
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> PersonCommandGuard.check(new ClaimTaskCmd("t1", "foraelder2"), GUARDIAN))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> PersonCommandGuard.check(new ClaimTaskCmd("t1", "foraelder1"), LEADER))
                .as("a leader cannot hand a team's task to a guardian")
                .isInstanceOf(AuthorizationException.class);
        assertThatCode(() -> PersonCommandGuard.check(new ClaimTaskCmd("t1", "foraelder2"), null))
                .as("the system")
                .doesNotThrowAnyException();
    }

    @Test
    void tasklistsOwnWorkIsLeftToTheEnginesAuthorizations() {
        for (Class<? extends Command<?>> type :
                List.of(CompleteTaskCmd.class, SubmitTaskFormCmd.class, AssignTaskCmd.class)) {
            assertThatCode(() -> PersonCommandGuard.check(mock(type), GUARDIAN))
                    .as(type.getSimpleName())
                    .doesNotThrowAnyException();
        }
    }
}
