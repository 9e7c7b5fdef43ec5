package dk.skolehjem.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/** Which days of one school year are school days, so deadlines like "within 2 school days" skip weekends and holidays. */
public final class SchoolCalendar {

    private final SchoolYear year;
    private final List<DateRange> holidays;

    public SchoolCalendar(SchoolYear year, List<Holiday> holidays) {
        this.year = year;
        this.holidays = holidays.stream().map(h -> h.in(year)).toList();
    }

    public SchoolYear year() {
        return year;
    }

    public boolean isSchoolDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
            return false;
        }
        return holidays.stream().noneMatch(h -> h.contains(day));
    }

    /** The school day {@code days} school days after {@code day} (0: the day itself, or the next school day). */
    public LocalDate plusSchoolDays(LocalDate day, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Antal skoledage kan ikke være negativt: " + days);
        }
        LocalDate current = day;
        while (!isSchoolDay(current)) {
            current = current.plusDays(1);
        }
        int left = days;
        while (left > 0) {
            current = current.plusDays(1);
            if (isSchoolDay(current)) {
                left--;
            }
        }
        return current;
    }
}
