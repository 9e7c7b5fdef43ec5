package dk.skolehjem.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchoolYearTest {

    @Test
    void aSchoolYearRunsFromAugustToJuly() {
        SchoolYear year = SchoolYear.of(LocalDate.of(2026, 11, 22));
        assertThat(year).hasToString("2026-27");
        assertThat(year.start()).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(year.end()).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(SchoolYear.of(LocalDate.of(2027, 7, 31))).isEqualTo(year);
        assertThat(SchoolYear.of(LocalDate.of(2027, 8, 1))).isEqualTo(year.next());
    }

    @Test
    void quartersAndHalvesFollowThePrinciples() {
        SchoolYear year = SchoolYear.parse("2026-27");
        assertThat(year.firstQuarter()).isEqualTo(new DateRange(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 10, 31)));
        assertThat(year.calendarFirstQuarter())
                .isEqualTo(new DateRange(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 3, 31)));
        assertThat(year.firstHalf().to()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(year.secondHalf().from()).isEqualTo(LocalDate.of(2027, 2, 1));
    }

    @Test
    void monthDaysResolveIntoTheRightCalendarYear() {
        SchoolYear year = new SchoolYear(2026);
        assertThat(year.date(MonthDay.of(9, 15))).isEqualTo(LocalDate.of(2026, 9, 15));
        assertThat(year.date(MonthDay.of(3, 31))).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(year.date(MonthDay.of(2, 29))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void weeksAndEasterAreComputed() {
        SchoolYear year = new SchoolYear(2026);
        assertThat(year.mondayOfWeek(42)).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(year.mondayOfWeek(7)).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(year.easterSunday()).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(new SchoolYear(2025).easterSunday()).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(new SchoolYear(2023).easterSunday()).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void badTextIsRefusedWithTheReason() {
        assertThatThrownBy(() -> SchoolYear.parse("2026/27")).hasMessageContaining("fx 2026-27");
        assertThatThrownBy(() -> SchoolYear.parse("2026-28")).hasMessageContaining("året efter");
        assertThatThrownBy(() -> SchoolYear.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SchoolYear(2026).mondayOfWeek(54)).hasMessageContaining("1-53");
    }

    @Test
    void schoolDaysSkipWeekendsAndHolidays() {
        SchoolYear year = new SchoolYear(2026);
        var calendar = new SchoolCalendar(
                year,
                List.of(
                        new Holiday("Efterårsferie", 42, null, null, null),
                        new Holiday("Påskeferie", null, null, null, Holiday.Movable.PAASKE),
                        new Holiday("Juleferie", null, MonthDay.of(12, 21), MonthDay.of(1, 1), null)));
        // Friday 9 October 2026 + 2 school days: the week 42 holiday and the weekends are skipped.
        assertThat(calendar.plusSchoolDays(LocalDate.of(2026, 10, 9), 2)).isEqualTo(LocalDate.of(2026, 10, 20));
        assertThat(calendar.isSchoolDay(LocalDate.of(2026, 12, 28))).isFalse();
        assertThat(calendar.isSchoolDay(LocalDate.of(2027, 1, 4))).isTrue();
        assertThat(calendar.isSchoolDay(LocalDate.of(2027, 3, 24))).isFalse(); // Wednesday before Easter
        assertThat(calendar.isSchoolDay(LocalDate.of(2027, 3, 30))).isTrue(); // Tuesday after Easter Monday
        assertThat(calendar.plusSchoolDays(LocalDate.of(2026, 11, 21), 0)).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void danishDatesReadAsDanes_writeThem() {
        assertThat(DanishDates.full(LocalDate.of(2026, 9, 3))).isEqualTo("torsdag den 3. september 2026");
        assertThat(DanishDates.day(LocalDate.of(2026, 11, 3))).isEqualTo("3. november 2026");
    }
}
