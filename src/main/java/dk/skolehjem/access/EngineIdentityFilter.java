package dk.skolehjem.access;

import dk.skolehjem.roster.CurrentUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The product's own pages and API ask the engine as the person Spring Security let in, so the engine's
 * authorizations and tenant checks stand behind every query as a second line; controllers get the person as
 * {@link CurrentUser}. The webapps and the engine REST set the engine's identity themselves.
 */
final class EngineIdentityFilter extends OncePerRequestFilter {

    private final IdentityService identity;

    EngineIdentityFilter(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/camunda/") || path.startsWith("/engine-rest/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        String userId = auth.getName();
        CurrentUser user = new CurrentUser(
                userId,
                identity.createGroupQuery().groupMember(userId).list().stream()
                        .map(Group::getId)
                        .toList(),
                identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
                        .map(Tenant::getId)
                        .toList());
        request.setAttribute(CurrentUser.REQUEST_ATTRIBUTE, user);
        identity.setAuthentication(user.id(), user.groups(), user.tenants());
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }
}
