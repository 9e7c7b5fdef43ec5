package dk.skolehjem.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who is calling the product's own API: the person logged in to Tasklist/Cockpit in this browser (same session, so
 * links from task forms just work), or HTTP basic with the same users for integrations. Everyone else gets 401.
 * The engine then checks every query against that person's authorizations.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final IdentityService identity;
    private final String loginPage;

    /** {@code loginPage}: where pages send someone not logged in; null for the API, which answers 401. */
    ApiAuthenticationFilter(IdentityService identity, String loginPage) {
        this.identity = identity;
        this.loginPage = loginPage;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean basic = hasBasicHeader(request);
        String userId = basic ? fromBasic(request) : fromSession(request);
        if (userId == null && loginPage != null) {
            response.sendRedirect(request.getContextPath() + loginPage);
            return;
        }
        if (userId == null) {
            // No WWW-Authenticate: a browser must not pop up a login and then cache credentials for other sites to use.
            reject(response, HttpServletResponse.SC_UNAUTHORIZED, "Log ind for at fortsætte.");
            return;
        }
        if (!SAFE_METHODS.contains(request.getMethod()) && !originAllowed(request, basic)) {
            reject(response, HttpServletResponse.SC_FORBIDDEN, "Anmodningen kom ikke fra Skole-hjem selv.");
            return;
        }
        // Groups and schools are read fresh on every request, so someone removed by an import loses rights at once,
        // even with a session that is still open.
        CurrentUser user = new CurrentUser(userId,
                identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList(),
                identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
                        .map(Tenant::getId).toList());
        request.setAttribute(CurrentUser.REQUEST_ATTRIBUTE, user);
        identity.setAuthentication(user.id(), user.groups(), user.tenants());
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }

    /**
     * Cross-site requests (CSRF) are refused: a browser sends Origin or Referer, and they must name this server.
     * A session alone is only trusted with such a header; integrations using HTTP basic usually send neither.
     */
    private static boolean originAllowed(HttpServletRequest request, boolean basic) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            origin = request.getHeader("Referer");
        }
        if (origin == null) {
            return basic;
        }
        return sameOrigin(request, origin);
    }

    private static boolean hasBasicHeader(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /** Wrong credentials are a 401 even with a valid session: whoever sent them meant to be someone else. */
    private String fromBasic(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String userId = decoded.substring(0, colon);
        return identity.checkPassword(userId, decoded.substring(colon + 1)) ? userId : null;
    }

    private String fromSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
        if (auths == null || !(auths.getAuthenticationForProcessEngine("default") instanceof UserAuthentication auth)) {
            return null;
        }
        String userId = auth.getIdentityId();
        return identity.createUserQuery().userId(userId).count() == 1 ? userId : null;
    }

    private static boolean sameOrigin(HttpServletRequest request, String origin) {
        try {
            URI uri = URI.create(origin);
            return request.getServerName().equalsIgnoreCase(uri.getHost()) && port(uri) == request.getServerPort();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static void reject(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
    }
}
