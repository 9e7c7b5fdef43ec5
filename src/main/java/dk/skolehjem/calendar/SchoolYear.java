package dk.skolehjem.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Danish school year, 1 August to 31 July, written "2026-27"; every date a principle names
 * ("by the end of October", "January to March") is resolved against one.
 */
public record SchoolYear(int startYear) implements Comparable<SchoolYear> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-(\\d{2})");

    public SchoolYear {
        if (startYear < 2000 || startYear > 2999) {
            throw new IllegalArgumentException("Skoleåret skal begynde i år 2000-2999, ikke " + startYear);
        }
    }

    /** The school year that the given day belongs to. */
    public static SchoolYear of(LocalDate day) {
        return new SchoolYear(day.getMonthValue() >= Month.AUGUST.getValue() ? day.getYear() : day.getYear() - 1);
    }

    /** Parses "2026-27"; the second part must be the year after the first. */
    public static SchoolYear parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Skoleår skal skrives som fx 2026-27, ikke '" + text + "'");
        }
        int start = Integer.parseInt(m.group(1));
        if ((start + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new IllegalArgumentException("Skoleåret '" + text + "' skal slutte året efter, det begynder");
        }
        return new SchoolYear(start);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.AUGUST, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.JULY, 31);
    }

    public DateRange range() {
        return new DateRange(start(), end());
    }

    public boolean contains(LocalDate day) {
        return range().contains(day);
    }

    /** A month and day in this school year: August-December fall in the first calendar year, January-July in the second. */
    public LocalDate date(MonthDay monthDay) {
        int year = monthDay.getMonthValue() >= Month.AUGUST.getValue() ? startYear : startYear + 1;
        return monthDay.atYear(year);
    }

    /** The school year's first quarter, August to October (R2: the first parent meeting). */
    public DateRange firstQuarter() {
        return new DateRange(start(), LocalDate.of(startYear, Month.OCTOBER, 31));
    }

    /** The calendar year's first quarter, January to March (R9: learning conversations). */
    public DateRange calendarFirstQuarter() {
        return new DateRange(
                LocalDate.of(startYear + 1, Month.JANUARY, 1), LocalDate.of(startYear + 1, Month.MARCH, 31));
    }

    /** August to January: "the first part of the year" (R5). */
    public DateRange firstHalf() {
        return new DateRange(start(), LocalDate.of(startYear + 1, Month.JANUARY, 31));
    }

    /** February to July: "the second half of the year" (R8). */
    public DateRange secondHalf() {
        return new DateRange(LocalDate.of(startYear + 1, Month.FEBRUARY, 1), end());
    }

    /** Monday of ISO week {@code week} within this school year (weeks 32 and up in the first calendar year). */
    public LocalDate mondayOfWeek(int week) {
        if (week < 1 || week > 53) {
            throw new IllegalArgumentException("Ugenummer skal være 1-53, ikke " + week);
        }
        int year = week >= 32 ? startYear : startYear + 1;
        LocalDate monday = LocalDate.of(year, 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) != week) {
            throw new IllegalArgumentException("År " + year + " har ingen uge " + week);
        }
        return monday;
    }

    /** Easter Sunday of the spring in this school year (anonymous Gregorian algorithm). */
    public LocalDate easterSunday() {
        int y = startYear + 1;
        int a = y % 19;
        int b = y / 100;
        int c = y % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(y, month, day);
    }

    public SchoolYear next() {
        return new SchoolYear(startYear + 1);
    }

    @Override
    public int compareTo(SchoolYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return String.format("%d-%02d", startYear, (startYear + 1) % 100);
    }
}
