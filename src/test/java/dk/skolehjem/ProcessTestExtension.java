package dk.skolehjem;

import dk.skolehjem.minutes.InMemoryDocumentStore;
import dk.skolehjem.notification.SentNotifications;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Camunda's own JUnit extension ({@code @Deployment} deployed before each test and cascade-deleted after it, the
 * engine clock reset) on the engine of the Spring context instead of one built from a {@code cfg.xml}; and the
 * context's test doubles emptied before each test, so every test starts from a clean state.
 */
public class ProcessTestExtension extends ProcessEngineExtension implements BeforeEachCallback {

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        setProcessEngine(SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class));
    }

    /** Spring resolves the engine like every other bean, in constructors too. */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return false;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ApplicationContext spring = SpringExtension.getApplicationContext(context);
        spring.getBean(InMemoryDocumentStore.class).clear();
        spring.getBean(SentNotifications.class).clear();
        spring.getBean(ProcessSteps.class).clear();
    }
}
