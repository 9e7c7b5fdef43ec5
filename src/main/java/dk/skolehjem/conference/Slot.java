package dk.skolehjem.conference;

import java.time.LocalDateTime;

/**
 * A bookable conference time. For a group talk or a subject café ({@code format} other than individual), several
 * families share the time: {@code free} of its {@code capacity} places are still open, and {@code id} is one of them.
 */
record Slot(String id, LocalDateTime startsAt, int minutes, int free, int capacity, String format) {

    /** An individual time: one family. */
    Slot(String id, LocalDateTime startsAt, int minutes) {
        this(id, startsAt, minutes, 1, 1, null);
    }

    /** Whether several families share this time. */
    boolean shared() {
        return capacity > 1;
    }
}
