package dk.skolehjem.access;

import dk.skolehjem.roster.GroupIds;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The roles of "One door per role", read from the person's roster groups on every request, so that the rule list in
 * {@link SecurityRules} speaks of guardians and leaders instead of group-name patterns.
 */
public enum Role {
    /** A guardian with custody of a student (the roster puts only them in a school's parents group). */
    GUARDIAN,
    /** A guardian on a class parent council. */
    COUNCIL,
    /** Anyone employed at a school: class teams, pedagogues, leadership, PPR. */
    STAFF,
    LEADER,
    PPR,
    /** A member of the school board: the evaluation of the principle, counts only. */
    BOARD,
    /** The municipality's administration: the schools' promises as aggregates, never a name. */
    MUNICIPALITY,
    /** The technical administrator: deployments, incidents, jobs, users; never children's data. */
    OPERATOR;

    /** The Camunda group of technical administrators, in every school's tenant, with no variable permissions. */
    public static final String OPERATORS_GROUP = GroupIds.OPERATORS;

    public String authority() {
        return "ROLE_" + name();
    }

    static Set<Role> of(Collection<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String g : groups) {
            if (g.startsWith(GroupIds.GUARDIANS)) {
                roles.add(GUARDIAN);
            } else if (g.startsWith(GroupIds.COUNCIL)) {
                roles.add(COUNCIL);
            } else if (g.startsWith(GroupIds.STAFF)) {
                roles.add(STAFF);
            } else if (g.startsWith(GroupIds.LEADERSHIP)) {
                roles.add(LEADER);
            } else if (g.startsWith(GroupIds.PPR)) {
                roles.add(PPR);
            } else if (g.startsWith(GroupIds.MUNICIPALITY)) {
                roles.add(MUNICIPALITY);
            } else if (g.startsWith(GroupIds.BOARD)) {
                roles.add(BOARD);
            } else if (g.equals(OPERATORS_GROUP)) {
                roles.add(OPERATOR);
            }
        }
        return roles;
    }

    static Set<GrantedAuthority> authorities(Collection<String> groups) {
        Set<GrantedAuthority> authorities = new java.util.HashSet<>();
        of(groups).forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        return authorities;
    }
}
