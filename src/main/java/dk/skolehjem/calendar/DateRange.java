package dk.skolehjem.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** An inclusive span of days, the unit in which principles speak ("in the first quarter", "January to March"). */
public record DateRange(LocalDate from, LocalDate to) {

    public DateRange {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Perioden slutter (" + to + ") før den begynder (" + from + ")");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
