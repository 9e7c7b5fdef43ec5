package dk.skolehjem.engine;

import dk.skolehjem.calendar.DanishDates;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;

/** Dates as processes need them: today by the engine's clock (which tests move) and Copenhagen times as Date. */
public final class EngineDates {

    private EngineDates() {}

    /** Now by the engine's clock. */
    public static java.time.Instant now() {
        return EngineInternals.now().toInstant();
    }

    public static LocalDate today() {
        return EngineInternals.now().toInstant().atZone(DanishDates.ZONE).toLocalDate();
    }

    public static Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(23, 59).atZone(DanishDates.ZONE).toInstant());
    }

    public static Date at(LocalDateTime time) {
        return Date.from(time.atZone(DanishDates.ZONE).toInstant());
    }
}
