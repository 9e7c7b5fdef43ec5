package dk.skolehjem.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * One login for the whole product: whoever logged in to Tasklist, Cockpit or Admin (or through a one-time link) is
 * logged in for Spring Security too. The session holds only who they are; their roles are read from the roster's
 * groups on every request, so someone an import removed loses their rights at once, even in an open session.
 */
final class CamundaSessionSecurityContext implements SecurityContextRepository {

    private final IdentityService identity;
    /** The engine's name, as the login put it in the session ("default" unless configured otherwise). */
    private final String engine;

    CamundaSessionSecurityContext(IdentityService identity, String engine) {
        this.identity = identity;
        this.engine = engine;
    }

    /** Null (nobody) without a webapp login in the session, so HTTP basic and anonymous access can follow. */
    @Override
    @SuppressWarnings("deprecation")
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        String userId = sessionUser(holder.getRequest());
        return userId == null ? null : new SecurityContextImpl(person(identity, userId));
    }

    /** A person with the roles their groups give them now; also used for HTTP basic. */
    static UsernamePasswordAuthenticationToken person(IdentityService identity, String userId) {
        var groups = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, Role.authorities(groups));
    }

    private String sessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
        if (auths == null || !(auths.getAuthenticationForProcessEngine(engine) instanceof UserAuthentication auth)) {
            return null;
        }
        String userId = auth.getIdentityId();
        // a login the roster import disabled (or deleted) is no longer anyone
        return identity.createUserQuery().userId(userId).count() == 1 ? userId : null;
    }

    /** The session is Camunda's; Spring Security keeps nothing of its own in it. */
    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {}

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return sessionUser(request) != null;
    }
}
