package dk.skolehjem.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Danish readers expect them in task texts and documents: "torsdag den 3. september 2026". */
public final class DanishDates {

    /** The schools' time zone: every date and time the product shows or computes is in it. */
    public static final String ZONE_ID = "Europe/Copenhagen";

    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    public static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE 'den' d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);

    private DanishDates() {}

    /** "torsdag den 3. september 2026". */
    public static String full(LocalDate date) {
        return LONG.format(date);
    }

    /** "3. september 2026". */
    public static String day(LocalDate date) {
        return SHORT.format(date);
    }
}
