package dk.skolehjem.engine;

import java.util.List;
import java.util.Set;

/**
 * One way a person starts a process from the product's pages, so the start endpoint and the pages need no list of
 * their own: {@code path} is the page's last segment ({@code /foraeldre/samtale}, {@code /klasseteam/samtale}),
 * {@code title} and {@code intro} its Danish heading and explanation, {@code fields} the answers it passes to the
 * process as variables, {@code startedBy} who may use it (a guardian for their own children in custody, staff for
 * the students of their classes or school).
 */
public record StartDoor(String path, String title, String intro, List<String> fields, Set<Starter> startedBy) {

    /** Who stands at the door. */
    public enum Starter {
        GUARDIAN,
        STAFF
    }

    public StartDoor {
        fields = List.copyOf(fields);
        startedBy = Set.copyOf(startedBy);
    }

    public boolean openTo(Starter starter) {
        return startedBy.contains(starter);
    }
}
