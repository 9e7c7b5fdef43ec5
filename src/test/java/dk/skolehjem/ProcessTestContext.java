package dk.skolehjem;

import dk.skolehjem.minutes.InMemoryDocumentStore;
import dk.skolehjem.notification.SentNotifications;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * The one Spring context of the {@link ProcessTest}s: the application's own configuration (application.yaml, the
 * auto-configuration, the Camunda starter's engine with {@code EngineConfigurationPlugin} and its parse listeners,
 * Flyway's {@code app} schema) and every bean of the product found by package, as in production, except the web
 * door (controllers, Spring Security, login links, the parents' pages) and start-up work (deploying
 * {@code processes/}, the roster import, the demo school, the outbox schedule): each test deploys what it needs.
 * The clock is the product's, the engine's (moved by the tests). Replaced on purpose: documents are kept in memory
 * (read back, made to fail) and notifications are collected instead of queued for e-mail.
 *
 * <p>Not a {@code @Configuration}: the application's own component scan in the integration tests must not find it.
 */
@EnableAutoConfiguration(excludeName = "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration")
@ComponentScan(
        basePackages = "dk.skolehjem",
        excludeFilters = {
            @Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
            @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = SkoleHjemApplication.class),
            @Filter(
                    type = FilterType.ANNOTATION,
                    classes = {Controller.class, ControllerAdvice.class}),
            @Filter(
                    type = FilterType.REGEX,
                    pattern = {
                        "dk\\.skolehjem\\.(access|demo|login|parents)\\..*",
                        "dk\\.skolehjem\\.engine\\.ProcessDeployer",
                        "dk\\.skolehjem\\.roster\\.RosterStartupImport",
                        "dk\\.skolehjem\\.notification\\.SchedulingConfig"
                    })
        })
@Import({EngineTestRoster.class, ProcessSteps.class})
class ProcessTestContext {

    @Bean
    @Primary
    InMemoryDocumentStore inMemoryDocumentStore() {
        return new InMemoryDocumentStore();
    }

    @Bean
    @Primary
    SentNotifications sentNotifications() {
        return new SentNotifications();
    }
}
