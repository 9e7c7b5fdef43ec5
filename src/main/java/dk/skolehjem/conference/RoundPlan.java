package dk.skolehjem.conference;

import java.time.LocalDate;
import java.time.LocalTime;

/** What the class team publishes for a conference round (R7: flexible times, varying formats). */
record RoundPlan(
        LocalDate firstDay,
        LocalDate lastDay,
        LocalTime dailyStart,
        LocalTime dailyEnd,
        int slotMinutes,
        String place,
        String format,
        LocalDate bookingDeadline) {}
