package dk.skolehjem.conference;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What the class team publishes for a conference round (R7: flexible times, varying formats). {@code familiesPerTime}:
 * how many families share one time in a group talk or a subject café; one for individual conferences.
 */
record RoundPlan(
        LocalDate firstDay,
        LocalDate lastDay,
        LocalTime dailyStart,
        LocalTime dailyEnd,
        int slotMinutes,
        String place,
        String format,
        LocalDate bookingDeadline,
        int familiesPerTime) {

    /** Individual conferences: one family per time. */
    RoundPlan(
            LocalDate firstDay,
            LocalDate lastDay,
            LocalTime dailyStart,
            LocalTime dailyEnd,
            int slotMinutes,
            String place,
            String format,
            LocalDate bookingDeadline) {
        this(firstDay, lastDay, dailyStart, dailyEnd, slotMinutes, place, format, bookingDeadline, 1);
    }
}
