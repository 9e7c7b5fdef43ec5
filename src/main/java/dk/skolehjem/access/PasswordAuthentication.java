package dk.skolehjem.access;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * HTTP basic for integrations and the operator's engine REST calls: the same users and passwords as the webapps'
 * login (Camunda's identity service), behind the same throttle per source and account.
 */
final class PasswordAuthentication implements AuthenticationProvider {

    private final IdentityService identity;
    private final LoginThrottle throttle;

    PasswordAuthentication(IdentityService identity, LoginThrottle throttle) {
        this.identity = identity;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication given) {
        String user = given.getName();
        String password =
                given.getCredentials() == null ? "" : given.getCredentials().toString();
        String source = given.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : "?";
        var wait = throttle.waitFor(source, user);
        if (wait.isPresent()) {
            throw new LockedException(LoginThrottle.message(wait.get()));
        }
        if (user == null || user.isBlank() || !identity.checkPassword(user, password)) {
            throttle.failed(source, user);
            throw new BadCredentialsException("Forkert brugernavn eller adgangskode.");
        }
        throttle.succeeded(source, user);
        return CamundaSessionSecurityContext.person(identity, user);
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }
}
