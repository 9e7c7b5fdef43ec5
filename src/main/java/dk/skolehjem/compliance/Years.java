package dk.skolehjem.compliance;

import dk.skolehjem.calendar.SchoolYear;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** The school year a page is asked about ({@code ?aar=2026-27}), the running one when none is given. */
final class Years {

    private Years() {}

    /** The year in {@code text}, or the one {@code today} lies in; a Danish 400 for anything else. */
    static SchoolYear of(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return SchoolYear.of(today);
        }
        try {
            return SchoolYear.parse(text.trim());
        } catch (RuntimeException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Skoleåret skal skrives som fx 2026-27.");
        }
    }
}
