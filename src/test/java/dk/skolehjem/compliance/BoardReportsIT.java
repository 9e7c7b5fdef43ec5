package dk.skolehjem.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.Http;
import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.minutes.PdfReading;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The board's evaluation is written once on the year's last day and kept: the board's page lists it, and the year's
 * PDF is the kept one, not a new rendering.
 */
@SkoleHjemIT
class BoardReportsIT {

    @Autowired
    BoardReports reports;

    @LocalServerPort
    int port;

    @Test
    void theYearsEvaluationIsWrittenOnceOnItsLastDay_andTheBoardReadsTheKeptOne() throws Exception {
        SchoolYear last = new SchoolYear(SchoolYear.of(LocalDate.now()).startYear() - 1);
        reports.write("demo", last, last.end());
        assertThat(reports.write("demo", last, last.end())).as("once").isFalse();
        byte[] kept = reports.find("demo", last).orElseThrow();
        PdfReading.assertPdfA2b(kept);
        assertThat(PdfReading.text(kept).replaceAll("\\s+", " "))
                .contains("Evaluering af princippet for skole-hjem-samarbejdet " + last);
        assertThat(reports.kept("demo"))
                .extracting(BoardReports.Kept::schoolYear)
                .contains(last.toString());

        Http board = Http.family(port, "bestyrelse");
        Http.Answer page = board.get("/bestyrelse");
        assertThat(page.body()).contains("Tidligere års evalueringer", "Skoleåret " + last);
    }
}
