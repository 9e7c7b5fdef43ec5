package dk.skolehjem.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.ProcessTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shared task listeners run in the order their work needs: the name first, so the e-mail carries it. */
@ProcessTest
class EveryUserTaskOrderTest {

    private final List<EveryUserTask> listeners;

    EveryUserTaskOrderTest(List<EveryUserTask> listeners) {
        this.listeners = listeners;
    }

    @Test
    void theTaskIsNamedBeforeItsDeadlineAndItsEmail() {
        assertThat(listeners)
                .extracting(l -> l.getClass().getSimpleName())
                .containsSubsequence("TaskSubject", "TaskDeadlineListener", "TaskNotifier");
    }
}
