package dk.skolehjem.conference;

import java.time.LocalDateTime;

/** A bookable conference time. */
record Slot(String id, LocalDateTime startsAt, int minutes) {}
