package dk.skolehjem;

import dk.skolehjem.engine.EngineDates;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Test aid: a clock that follows the engine's (moved by tests), so documents and entries carry the simulated time. */
public final class EngineClock extends Clock {

    @Override
    public ZoneId getZone() {
        return EngineDates.ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
