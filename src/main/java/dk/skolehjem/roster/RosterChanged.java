package dk.skolehjem.roster;

import java.util.Set;

/** Published inside the import's transaction, so access rules for new schools and classes land with the roster or not at all. */
public record RosterChanged(Set<String> schoolIds) {}
