package dk.skolehjem.notification;

import dk.skolehjem.calendar.DanishDates;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The {@code .ics} file a booking confirmation carries (RFC 5545), so the meeting lands in the family's calendar
 * with the right time whatever their phone's time zone: times are written in UTC.
 */
final class IcsEvent {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private IcsEvent() {}

    static String of(long notificationId, Notification.Event event, String summary, java.time.Instant stamp) {
        var start = event.start().atZone(DanishDates.ZONE).withZoneSameInstant(ZoneOffset.UTC);
        var end = start.plusMinutes(event.minutes());
        return String.join(
                "\r\n",
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Skole-hjem//DA",
                "METHOD:PUBLISH",
                "BEGIN:VEVENT",
                "UID:skolehjem-" + notificationId + "@skole-hjem",
                "DTSTAMP:" + UTC.format(stamp.atZone(ZoneOffset.UTC)),
                "DTSTART:" + UTC.format(start),
                "DTEND:" + UTC.format(end),
                "SUMMARY:" + escape(summary),
                "LOCATION:" + escape(event.place() == null ? "" : event.place()),
                "END:VEVENT",
                "END:VCALENDAR",
                "");
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\n", "\\n");
    }
}
