package dk.skolehjem.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.ProcessTest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.Test;

/**
 * The authorization checks without the scan of every group id: the production engine uses {@link AuthorizationGroups},
 * which reads nothing, and a person still sees a task through a group that holds its authorization and not
 * without one.
 */
@ProcessTest
class AuthorizationGroupsTest {

    private final ProcessEngine engine;

    AuthorizationGroupsTest(ProcessEngine engine) {
        this.engine = engine;
    }

    @Test
    void theEngineTakesThePersonsGroupsAsTheyAre_withoutReadingTheAuthorizations() {
        var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(config.getSessionFactories().get(AuthorizationManager.class))
                .isInstanceOf(AuthorizationGroups.class);
        // outside any command: Camunda's own would need the database here
        assertThat(new AuthorizationGroups.Manager().filterAuthenticatedGroupIds(List.of("team-a", "b", "team-a")))
                .containsExactly("team-a", "b");
        assertThat(new AuthorizationGroups.Manager().filterAuthenticatedGroupIds(null))
                .isEmpty();
    }

    @Test
    void aTaskIsSeenThroughTheGroupThatHoldsItsAuthorization_andNotWithout() {
        var tasks = engine.getTaskService();
        var task = tasks.newTask();
        task.setName("Autorisationsprøve");
        tasks.saveTask(task);
        tasks.addCandidateGroup(task.getId(), "auth-proeve-hold");
        var identity = engine.getIdentityService();
        try {
            identity.setAuthentication("auth-proeve", List.of("auth-proeve-andet", "auth-proeve-hold"));
            assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
            identity.setAuthentication("auth-proeve", List.of("auth-proeve-andet"));
            assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
            identity.setAuthentication("auth-proeve", List.of());
            assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).isZero();
        } finally {
            identity.clearAuthentication();
            tasks.deleteTask(task.getId(), true);
        }
    }
}
