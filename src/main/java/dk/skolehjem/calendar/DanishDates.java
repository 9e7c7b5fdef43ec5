package dk.skolehjem.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as Danish readers expect them in task texts and documents: "torsdag den 3. september 2026". */
public final class DanishDates {

    public static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE 'den' d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);

    private DanishDates() {
    }

    /** "torsdag den 3. september 2026". */
    public static String full(LocalDate date) {
        return LONG.format(date);
    }

    /** "3. september 2026". */
    public static String day(LocalDate date) {
        return SHORT.format(date);
    }
}
