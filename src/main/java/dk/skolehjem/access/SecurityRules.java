package dk.skolehjem.access;

import static dk.skolehjem.access.Role.BOARD;
import static dk.skolehjem.access.Role.COUNCIL;
import static dk.skolehjem.access.Role.GUARDIAN;
import static dk.skolehjem.access.Role.LEADER;
import static dk.skolehjem.access.Role.MUNICIPALITY;
import static dk.skolehjem.access.Role.OPERATOR;
import static dk.skolehjem.access.Role.STAFF;
import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import jakarta.servlet.DispatcherType;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * "One door per role" as one rule list: which role reaches which path, everything else refused. Spring Security
 * stands in front of every path (its strict firewall first, see {@link RequestFirewall}); the engine's
 * authorizations and {@code dk.skolehjem.engine.PersonCommandGuard} stand behind it as the second and third line.
 * docs/SECURITY.md lists every route with the test that proves it.
 */
@Configuration
class SecurityRules {

    /** The webapps' engine API (one engine, "default"). */
    static final String ENGINE = "/camunda/api/engine/engine/default";

    /** Where a page sends someone not logged in: Skole-hjem's own login page, for families and staff alike. */
    static final String LOGIN_PAGE = "/login";

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /**
     * Operations only the system performs (DESIGN.md "One door per role"): starting a process (any way), messages,
     * signals, changing or suspending instances or variables outside a form, tasks made or changed by hand, users,
     * groups and authorizations. Refused here for everyone, and refused by the engine for every person as well.
     */
    static final RequestMatcher SYSTEM_ONLY = any(
            writes("/process-definition/.*/(start|submit-form|restart|restart-async|suspended)"),
            writes("/process-definition/suspended"),
            writes("/(message|signal|condition)(/.*)?"),
            writes("/(modification|migration)(/.*)?"),
            writes("/process-instance/.*/(modification|modification-async|variables(/.*)?)"),
            writes("/process-instance/(variables-async|message-async|suspended|suspended-async)"),
            writes("/process-instance/[^/]+/suspended"),
            writes("/execution(/.*)?"),
            writes("/task/create"),
            regex(PUT, "/task/[^/]+"),
            writes(
                    "/task/[^/]+/(variables|localVariables|identity-links|assignee|delegate|bpmnError|bpmnEscalation)(/.*)?"),
            writes("/task/[^/]+/attachment(/.*)?"),
            regex(DELETE, "/(task|process-instance)/[^/]+/comment(/.*)?"),
            regex(PUT, "/(task|process-instance)/[^/]+/comment(/.*)?"),
            writes("/identity/verify"),
            writes("/decision-definition/.*/evaluate"),
            regex(DELETE, "/task/[^/]+"),
            writes("/(user|group|tenant|authorization)(/.*)?"));

    /** Changes only the operator makes: deployments, jobs, incidents, batches, history clean-up. */
    static final RequestMatcher OPERATOR_ONLY = any(
            regex(null, "/deployment/create"),
            writes("/process-definition(/.*)?/history-time-to-live"),
            writes("/process-instance/(job-retries|job-retries-historic-query-based)"),
            regex(DELETE, "/deployment/.*"),
            regex(null, "/(job|job-definition|incident|batch|external-task)/.*"),
            regex(DELETE, "/process-instance/.*"),
            regex(DELETE, "/history/.*"));

    /** What Tasklist needs to list, open, claim and submit one's own tasks (staff; a family has no engine door). */
    static final RequestMatcher TASKLIST = any(
            regex(GET, "/filter(/.*)?"),
            regex(POST, "/filter/[^/]+/(list|count|singleResult)"),
            regex(GET, "/task(/.*)?"),
            regex(POST, "/task(/count)?"),
            regex(POST, "/task/[^/]+/(claim|unclaim|submit-form|complete|comment/create)"),
            regex(GET, "/process-definition(/.*)?"),
            regex(GET, "/user/[^/]+/profile"),
            regex(GET, "/(group|identity/groups|tenant|authorization/check)"),
            regex(GET, "/history/user-operation(/count)?"),
            regex(GET, "/(case-definition|decision-definition)(/count)?"),
            regex(GET, "/engine/?"));

    @Bean
    AuthenticationManager passwords(IdentityService identity, LoginThrottle throttle) {
        return new ProviderManager(new PasswordAuthentication(identity, throttle));
    }

    /** The engine REST API: for the operator's tools only, HTTP basic, no session, no cookies. */
    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, AuthenticationManager passwords) throws Exception {
        http.securityMatcher(path(null, "/engine-rest/**"))
                .authorizeHttpRequests(rules -> rules.requestMatchers(under("/engine-rest", SYSTEM_ONLY))
                        .denyAll()
                        .anyRequest()
                        .hasRole(OPERATOR.name()))
                .authenticationManager(passwords)
                .httpBasic(basic -> basic.authenticationEntryPoint(Refusals.API))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(Refusals.API).accessDeniedHandler(Refusals.API))
                .headers(SecurityRules::headers);
        return http.build();
    }

    /** Everything else: the webapps, their API, the product's API and pages. */
    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(
            HttpSecurity http,
            AuthenticationManager passwords,
            IdentityService identity,
            LoginThrottle throttle,
            org.camunda.bpm.engine.ProcessEngine engine)
            throws Exception {
        http.authorizeHttpRequests(SecurityRules::rules)
                .authenticationManager(passwords)
                .httpBasic(basic -> basic.authenticationEntryPoint(Refusals.API))
                .securityContext(c -> c.securityContextRepository(new DelegatingSecurityContextRepository(
                        new RequestAttributeSecurityContextRepository(),
                        new CamundaSessionSecurityContext(identity, engine.getName()))))
                // The webapps' API has Camunda's own CSRF filter (X-XSRF-TOKEN); HTTP basic cannot be sent by
                // another site's page. The product's forms carry Spring's token.
                .csrf(csrf -> csrf.ignoringRequestMatchers(path(null, "/camunda/**"), Refusals::hasBasicHeader))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(Refusals.API, Refusals::isApi)
                        .defaultAuthenticationEntryPointFor(Refusals.LOGIN, request -> true)
                        .defaultAccessDeniedHandlerFor(Refusals.API, Refusals::isApi)
                        .defaultAccessDeniedHandlerFor(Refusals.PAGE, request -> true))
                .addFilterBefore(new LoginThrottleFilter(throttle), BasicAuthenticationFilter.class)
                .addFilterAfter(new EngineIdentityFilter(identity), AuthorizationFilter.class)
                .headers(SecurityRules::headers);
        return http.build();
    }

    /** The rule list. First match wins; the last line refuses whatever a new page forgot to name. */
    private static void rules(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry r) {
        r
                // error pages render the refusal of the request that was already decided
                .dispatcherTypeMatchers(DispatcherType.ERROR)
                .permitAll()
                // there is one engine, "default": no other spelling reaches it past the rules below
                .requestMatchers(
                        new RegexRequestMatcher("/camunda/api/engine/engine/(?!default(/|\\?|$)).+", null),
                        new RegexRequestMatcher(
                                "/camunda/api/[a-z]+/plugin/[^/]+/(?!default(/|\\?|$)|static/).+", null),
                        new RegexRequestMatcher("/camunda/api/admin/auth/user/(?!default(/|\\?|$)).+", null))
                .denyAll()
                // --- open to everyone: the ways in, and files with nothing about a child
                .requestMatchers(
                        path(GET, "/"),
                        path(GET, "/error"),
                        path(GET, "/favicon.ico"),
                        path(GET, "/css/**"),
                        path(GET, "/js/**"))
                .permitAll()
                .requestMatchers(
                        path(GET, "/login/**"),
                        path(POST, "/login"),
                        path(POST, "/login/link"),
                        path(POST, "/login/nyt-link"))
                .permitAll()
                .requestMatchers(path(POST, "/logout"))
                .authenticated()
                // Camunda's Welcome is nobody's way in: the front door is /login; a family never meets Camunda
                .requestMatchers(path(POST, "/camunda/api/admin/auth/user/default/login/welcome"))
                .denyAll()
                .requestMatchers(path(GET, "/camunda/app/welcome/**"))
                .hasAnyRole(names(STAFF, LEADER, Role.PPR, OPERATOR))
                .requestMatchers(
                        path(GET, "/camunda"),
                        path(GET, "/camunda/"),
                        path(GET, "/camunda/app/**"),
                        path(GET, "/camunda/lib/**"),
                        path(GET, "/camunda/assets/**"),
                        path(GET, "/camunda/favicon.ico"))
                .permitAll()
                .requestMatchers(new RegexRequestMatcher(
                        "/camunda/api/[a-z]+/plugin/[A-Za-z0-9_-]+/static/[^?]*(\\?.*)?", "GET"))
                .permitAll()
                // the webapps ask which engines exist and who is logged in before showing their login form
                .requestMatchers(
                        path(GET, "/camunda/api/engine/engine"),
                        path(GET, "/camunda/api/engine/engine/"),
                        path(GET, "/camunda/api/admin/auth/user/default"))
                .permitAll()
                .requestMatchers(
                        path(POST, "/camunda/api/admin/auth/user/default/login/*"),
                        path(POST, "/camunda/api/admin/auth/user/default/logout"))
                .permitAll()
                // --- never: the first administrator comes from the environment, not from a web form
                .requestMatchers(path(null, "/camunda/api/admin/setup/**"))
                .denyAll()
                // --- the webapps' engine API: what only the system does, what only the operator does
                .requestMatchers(engine(SYSTEM_ONLY))
                .denyAll()
                .requestMatchers(engine(OPERATOR_ONLY))
                .hasRole(OPERATOR.name())
                // a family (guardians, council members) has no engine door at all: its tasks are on "Mit barn"
                .requestMatchers(engine(TASKLIST))
                .hasAnyRole(names(STAFF, OPERATOR))
                .requestMatchers(path(null, "/camunda/api/engine/**"))
                .hasAnyRole(names(STAFF, OPERATOR))
                .requestMatchers(path(null, "/camunda/api/tasklist/**"))
                .hasRole(STAFF.name())
                .requestMatchers(path(null, "/camunda/api/cockpit/**"))
                .hasAnyRole(names(LEADER, OPERATOR))
                .requestMatchers(path(null, "/camunda/api/admin/**"))
                .hasRole(OPERATOR.name())
                .requestMatchers(path(null, "/camunda/api/welcome/**"))
                .hasAnyRole(names(STAFF, LEADER, Role.PPR, OPERATOR))
                // --- the product's API; which child, class and school is decided by the controllers from the roster
                .requestMatchers(path(POST, "/api/roster/import"), path(POST, "/api/school-years/*/rollout"))
                .hasAnyRole(names(LEADER, OPERATOR))
                .requestMatchers(
                        path(GET, "/api/minutes"),
                        path(GET, "/api/minutes/*"),
                        path(GET, "/api/message-book"),
                        path(GET, "/api/message-book/pdf"))
                .hasAnyRole(names(GUARDIAN, STAFF))
                .requestMatchers(
                        path(POST, "/api/minutes/*/corrections"),
                        path(POST, "/api/message-book"),
                        path(GET, "/api/message-book/completeness"))
                .hasRole(STAFF.name())
                // --- the product's pages
                // everyone chooses how they get their own e-mails (the page's address is older than that)
                .requestMatchers(path(null, "/foraeldre/beskeder"))
                .authenticated()
                // "Mit barn", its requests and "Mine bookinger" (/foraeldre/bookinger/{ref}/skift|aflys); which child
                // a request is about is the controller's, from the roster
                .requestMatchers(path(GET, "/foraeldre"), path(null, "/foraeldre/**"))
                .hasRole(GUARDIAN.name())
                // "Skolens princip": the board's promises and the school's practice, for the person's own schools
                .requestMatchers(path(GET, "/princip"))
                .hasAnyRole(names(GUARDIAN, COUNCIL, STAFF, BOARD, MUNICIPALITY))
                // the school board's evaluation of its principle: counts only, never a child
                .requestMatchers(path(GET, "/bestyrelse"), path(GET, "/bestyrelse/evaluering.pdf"))
                .hasAnyRole(names(BOARD, LEADER))
                // the municipality's schools side by side: aggregates only
                .requestMatchers(path(GET, "/kommune"))
                .hasRole(MUNICIPALITY.name())
                .requestMatchers(
                        path(null, "/klasseteam/**"),
                        path(GET, "/meddelelsesbog"),
                        path(null, "/meddelelsesbog/**"),
                        path(GET, "/samtaler"),
                        // "Holder vi princippet?": the school's classes for leadership, a team's own for the team
                        path(GET, "/overblik"),
                        path(GET, "/overblik/klasse/*"),
                        path(GET, "/bekymringer"),
                        path(null, "/bekymringer/**"))
                .hasRole(STAFF.name())
                .requestMatchers(
                        path(GET, "/ledelse/adgangslog"),
                        path(null, "/ledelse/suspenderinger"),
                        path(POST, "/ledelse/suspenderinger/*/ophaev"))
                .hasRole(LEADER.name())
                .requestMatchers(path(null, "/admin/**"))
                .hasRole(OPERATOR.name())
                // --- everything else: refused
                .anyRequest()
                .denyAll();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.frameOptions(f -> f.deny())
                .contentTypeOptions(c -> {})
                .referrerPolicy(p -> p.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(), payment=()"))
                .cacheControl(c -> {})
                // the webapps' pages carry Camunda's own policy (with its script nonces); ours is on everything else
                .addHeaderWriter(
                        new org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter(
                                new NegatedRequestMatcher(any(path(GET, "/camunda/app/**"), path(GET, "/camunda/"))),
                                new org.springframework.security.web.header.writers.StaticHeadersWriter(
                                        "Content-Security-Policy", CSP)));
    }

    /** The engine REST filter takes the person Spring Security authenticated (no second password check). */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
        registration.addInitParameter("rest-url-pattern-prefix", "/engine-rest");
        return registration;
    }

    /** Completions carry their form's fields only, through Tasklist and the engine REST API alike. */
    @Bean
    FilterRegistrationBean<FormSubmissionGuard> formSubmissionGuard(
            org.camunda.bpm.engine.FormService forms,
            org.camunda.bpm.engine.TaskService tasks,
            org.camunda.bpm.engine.HistoryService history,
            IdentityService identity) {
        var registration = new FilterRegistrationBean<>(new FormSubmissionGuard(forms, tasks, history, identity));
        registration.setName("form-submission-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    /** Outermost on the engine APIs, so it sees the engine's own answer and never lets a 500 out. */
    @Bean
    FilterRegistrationBean<EngineAnswerFilter> engineAnswers() {
        var registration = new FilterRegistrationBean<>(new EngineAnswerFilter());
        registration.setName("engine-answers");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 20);
        return registration;
    }

    /** The operator's searches never filter by a variable's value (that would read it a guess at a time). */
    @Bean
    FilterRegistrationBean<OperatorSearchGuard> operatorSearchGuard() {
        var registration = new FilterRegistrationBean<>(new OperatorSearchGuard());
        registration.setName("operator-search-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 12);
        return registration;
    }

    /** Reads of a child's data through the engine APIs go to the audit log. */
    @Bean
    FilterRegistrationBean<EngineReadAudit> engineReadAudit(
            org.springframework.jdbc.core.JdbcTemplate jdbc,
            org.camunda.bpm.engine.HistoryService history,
            IdentityService identity,
            java.time.Clock clock) {
        var registration = new FilterRegistrationBean<>(new EngineReadAudit(jdbc, history, identity, clock));
        registration.setName("engine-read-audit");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 15);
        return registration;
    }

    // ---- matchers

    private static RequestMatcher engine(RequestMatcher rule) {
        return under(ENGINE, rule);
    }

    /** The rule applied to the path below {@code prefix}, as the engine REST resources see it. */
    private static RequestMatcher under(String prefix, RequestMatcher rule) {
        return new AndRequestMatcher(
                path(null, prefix + "/**"), request -> rule.matches(new EnginePathRequest(request, prefix)));
    }

    static PathPatternRequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    /** A regular expression over the engine path (after {@code /engine-rest} or {@link #ENGINE}). */
    static RequestMatcher regex(HttpMethod method, String regex) {
        return new RegexRequestMatcher(regex + "/?(\\?.*)?", method == null ? null : method.name());
    }

    /** Any method that changes something (all but GET, HEAD and OPTIONS). */
    static RequestMatcher writes(String regex) {
        RequestMatcher path = regex(null, regex);
        return request -> !List.of("GET", "HEAD", "OPTIONS").contains(request.getMethod()) && path.matches(request);
    }

    static RequestMatcher any(RequestMatcher... matchers) {
        return new OrRequestMatcher(List.of(matchers));
    }

    private static String[] names(Role... roles) {
        return Arrays.stream(roles).map(Role::name).toArray(String[]::new);
    }
}
