package dk.skolehjem.engine;

import java.util.Optional;

/**
 * Who is acting in a listener or delegate: the logged-in person whose request runs the engine command. Empty when
 * the system itself acts (a timer, a job, a start on someone's behalf), so a submitted variable can never stand in
 * for the person.
 */
public final class ActingUser {

    private ActingUser() {}

    public static Optional<String> id() {
        return Optional.ofNullable(EngineInternals.authenticatedUserId());
    }

    /**
     * The person the webapps authenticated for the request being served (user, groups, schools), as Cockpit's
     * plugin resources see it; empty when nobody is logged in.
     */
    public static Optional<dk.skolehjem.roster.CurrentUser> person(org.camunda.bpm.engine.IdentityService identity) {
        org.camunda.bpm.engine.impl.identity.Authentication who = identity.getCurrentAuthentication();
        if (who == null || who.getUserId() == null) {
            return Optional.empty();
        }
        return Optional.of(new dk.skolehjem.roster.CurrentUser(
                who.getUserId(),
                who.getGroupIds() == null ? java.util.List.of() : java.util.List.copyOf(who.getGroupIds()),
                who.getTenantIds() == null ? java.util.List.of() : java.util.List.copyOf(who.getTenantIds())));
    }

    /** The acting person, else {@code fallback} (e.g. the task's assignee when the system completes it). */
    public static String idOr(String fallback) {
        return id().orElse(fallback);
    }
}
