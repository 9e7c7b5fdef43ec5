package dk.skolehjem.engine;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Dates as processes need them: today by the engine's clock (which tests move) and Copenhagen times as Date. */
public final class EngineDates {

    public static final ZoneId ZONE = ZoneId.of("Europe/Copenhagen");

    private EngineDates() {
    }

    public static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
    }

    public static Date endOfDay(LocalDate day) {
        return Date.from(day.atTime(23, 59).atZone(ZONE).toInstant());
    }

    public static Date at(LocalDateTime time) {
        return Date.from(time.atZone(ZONE).toInstant());
    }
}
