package dk.skolehjem;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestConstructor;

/**
 * A process test on the production engine configuration: every process test shares one cached Spring context
 * ({@link ProcessTestContext}: the product's beans, the Camunda starter's engine with the real engine plugin, in-memory
 * H2 with the Flyway migrations), deploys its own {@code @Deployment} resources per test and has them (instances and
 * history included) deleted after it ({@link ProcessTestExtension}). Beans come in through the test's constructor.
 * A test class adds no context configuration of its own (no properties, no {@code @MockitoBean}): every difference
 * would make Spring start another context, and another engine, beside the cached one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        classes = ProcessTestContext.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:process-tests;DB_CLOSE_DELAY=-1",
            "spring.main.banner-mode=off",
            // the tests run the jobs themselves, moving the engine clock; nothing runs behind their back
            "camunda.bpm.job-execution.enabled=false",
            // and no history clean-up job waits for its night-time window among the tests' jobs
            "camunda.bpm.generic-properties.properties.history-cleanup-enabled=false",
            // ProductionSettingsCheck wants the administrator from the environment outside the demo; never used here
            "SKOLEHJEM_ADMIN_USER=processtest",
            "SKOLEHJEM_ADMIN_PASSWORD=unused-in-process-tests"
        })
@ContextConfiguration(initializers = TestPolicies.class)
@TestConstructor(autowireMode = TestConstructor.AutowireMode.ALL)
@ExtendWith(ProcessTestExtension.class)
public @interface ProcessTest {}
