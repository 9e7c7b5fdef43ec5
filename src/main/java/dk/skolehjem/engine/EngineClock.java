package dk.skolehjem.engine;

import dk.skolehjem.calendar.DanishDates;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The product's one clock: the engine's, in the schools' time zone. Timers, due dates, documents, messages and
 * pages all read the same time, so a test that moves the engine's clock through a school year moves everything.
 */
public final class EngineClock extends Clock {

    private final ZoneId zone;

    public EngineClock() {
        this(DanishDates.ZONE);
    }

    private EngineClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new EngineClock(other);
    }

    @Override
    public Instant instant() {
        return EngineInternals.now().toInstant();
    }
}
