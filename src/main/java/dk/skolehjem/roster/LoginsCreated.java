package dk.skolehjem.roster;

import java.util.List;

/** Published inside the import's transaction for the logins it created, so their first-login links go with them. */
public record LoginsCreated(List<String> userIds) {}
