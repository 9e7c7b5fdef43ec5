package dk.skolehjem.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Requests are refused (400) before anything else runs when their path could be read two ways: Spring's strict
 * firewall (path parameters such as {@code ;jsessionid=}, encoded slashes and dots, {@code //}, {@code ..}, unusual
 * methods), plus what the engine APIs would decode differently from a rule (any percent-encoding in their path) and
 * every way of overriding the HTTP method.
 */
@Configuration
class RequestFirewall implements HttpFirewall {

    private static final List<String> OVERRIDES =
            List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override");

    private final StrictHttpFirewall strict = new StrictHttpFirewall();

    @Bean
    WebSecurityCustomizer strictFirewall() {
        return web -> web.httpFirewall(this)
                .requestRejectedHandler((request, response, e) -> Problems.write(
                        response,
                        HttpServletResponse.SC_BAD_REQUEST,
                        "Adressen eller anmodningen er ugyldig og er afvist."));
    }

    /** Ahead of everything, even Spring's own path parsing that runs before the security chain. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<DotSegmentFilter> dotSegments() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new DotSegmentFilter());
        registration.setName("dot-segments");
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Override
    public FirewalledRequest getFirewalledRequest(HttpServletRequest request) {
        FirewalledRequest checked = strict.getFirewalledRequest(request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if ((path.startsWith("/engine-rest") || path.startsWith("/camunda/api")) && path.indexOf('%') >= 0) {
            throw new RequestRejectedException("percent-encoding in an engine API path");
        }
        for (String header : OVERRIDES) {
            if (request.getHeader(header) != null) {
                throw new RequestRejectedException("HTTP method override");
            }
        }
        String query = request.getQueryString();
        if (query != null && (query.startsWith("_method=") || query.contains("&_method="))) {
            throw new RequestRejectedException("HTTP method override");
        }
        return checked;
    }

    @Override
    public HttpServletResponse getFirewalledResponse(HttpServletResponse response) {
        return strict.getFirewalledResponse(response);
    }
}
