package dk.skolehjem.access;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts a login in front of every HTTP entry point the webapps do not guard themselves: {@code /engine-rest} (HTTP
 * basic, as Camunda Run does it; without this it is open to anyone), the product's {@code /api} and its pages.
 */
@Configuration
class WebSecurityConfig {

    static final String TASKLIST = "/camunda/app/tasklist/default/";

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addInitParameter("rest-url-pattern-prefix", "/engine-rest");
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identity) {
        var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity, null));
        registration.setName("api-authentication");
        registration.addUrlPatterns("/api/*");
        return registration;
    }

    /** Completions carry their form's fields only, through Tasklist and the engine REST API alike (after login). */
    @Bean
    FilterRegistrationBean<FormSubmissionGuard> formSubmissionGuard(org.camunda.bpm.engine.FormService forms,
            IdentityService identity) {
        var registration = new FilterRegistrationBean<>(new FormSubmissionGuard(forms, identity));
        registration.setName("form-submission-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    /** Our own form refusals answer 400 with their Danish message (outermost, so it sees the engine's answer). */
    @Bean
    FilterRegistrationBean<RefusalAnswerFilter> refusalAnswer() {
        var registration = new FilterRegistrationBean<>(new RefusalAnswerFilter());
        registration.setName("refusal-answer");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 20);
        return registration;
    }

    /** The product's pages use the Tasklist login: whoever is not logged in is sent there. */
    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> pageAuthentication(IdentityService identity) {
        var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(identity, TASKLIST));
        registration.setName("page-authentication");
        registration.addUrlPatterns("/foraeldre", "/foraeldre/*", "/meddelelsesbog", "/meddelelsesbog/*", "/samtaler",
                "/bekymringer", "/bekymringer/*", "/admin/*");
        return registration;
    }
}
