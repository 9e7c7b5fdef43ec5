package dk.skolehjem.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.minutes.PdfReading;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The school board's evaluation, read back: PDF/A-2b, the board's own words next to what happened class by class,
 * small counts about children not printed, no child's name anywhere, the trend and the board's questions; and the
 * checked-in example in docs/examples is what the code produces.
 */
class BoardReportTest {

    static final Instant CREATED = Instant.parse("2027-08-01T06:00:00Z");
    static final Path EXAMPLE = Path.of("docs", "examples", "bestyrelse-evaluering.pdf");

    @Test
    void theBoardReadsItsOwnWordsAndTheYearsCounts_neverAChild() throws IOException {
        byte[] pdf = BoardReportExample.render(CREATED);
        PdfReading.assertPdfA2b(pdf);
        String text = PdfReading.text(pdf);
        // lines wrap where the page ends them; the words are what count
        assertThat(text.replaceAll("\\s+", " "))
                .contains(
                        "Evaluering af princippet for skole-hjem-samarbejdet 2026-27",
                        "godkendt i skolebestyrelsen 27. januar 2020",
                        "revideret 24. april 2023",
                        "Der afholdes som minimum forældremøde en gang årligt.",
                        "Året på én side",
                        "Holdt til tiden",
                        "Forældremøder 100 % 100 %",
                        "Spørgsmål, bestyrelsen kan tage op",
                        "under 3",
                        "Skole-hjem-samtaler")
                .as("Smørum's needs talks are on a worry, not an offer the board promised")
                .doesNotContain("Behovssamtale tilbudt");
        BoardReportExample.NAMES.forEach(
                n -> assertThat(text).as("no child is named").doesNotContain(n));
        assertThat(EXAMPLE).as("run ExampleDocumentsWriter to create it").exists();
        assertThat(Path.of("docs", "examples", "bestyrelse-evaluering.png")).exists();
        assertThat(text).isEqualTo(PdfReading.text(Files.readAllBytes(EXAMPLE)));
    }
}
