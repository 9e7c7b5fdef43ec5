package dk.skolehjem.calendar;

import java.time.MonthDay;

/**
 * One holiday as a school's principle writes it: an ISO week, a fixed span of days, or a holiday that moves with
 * Easter; resolved to real days per school year.
 */
public record Holiday(String name, Integer week, MonthDay from, MonthDay to, Movable movable) {

    /** The holidays that move with Easter. */
    public enum Movable {
        /** Saturday before Palm Sunday to Easter Monday. */
        PAASKE,
        /** Ascension Day and the Friday after it. */
        KRISTI_HIMMELFART,
        /** Whit Monday. */
        PINSE
    }

    public DateRange in(SchoolYear year) {
        if (week != null) {
            var monday = year.mondayOfWeek(week);
            return new DateRange(monday, monday.plusDays(4));
        }
        if (movable != null) {
            var easter = year.easterSunday();
            return switch (movable) {
                case PAASKE -> new DateRange(easter.minusDays(8), easter.plusDays(1));
                case KRISTI_HIMMELFART -> new DateRange(easter.plusDays(39), easter.plusDays(40));
                case PINSE -> new DateRange(easter.plusDays(50), easter.plusDays(50));
            };
        }
        var start = year.date(from);
        var end = year.date(to);
        return new DateRange(start, end);
    }
}
