package dk.skolehjem.minutes;

import static dk.skolehjem.minutes.ExampleDocuments.ARABIC;
import static dk.skolehjem.minutes.ExampleDocuments.DANISH;
import static dk.skolehjem.minutes.ExampleDocuments.GERMAN;
import static dk.skolehjem.minutes.ExampleDocuments.POLISH;
import static dk.skolehjem.minutes.ExampleDocuments.SOMALI;
import static dk.skolehjem.minutes.ExampleDocuments.TURKISH;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MeetingDocumentRendererTest {

    private static final Instant CREATED = Instant.parse("2026-09-03T13:00:00Z");
    private final MeetingDocumentRenderer renderer = new MeetingDocumentRenderer();

    @Test
    void minutesReadBackWithDanishHeadingsNamesInEveryScriptAndTheAgreements() {
        byte[] pdf = renderer.render(ExampleDocuments.minutes(), CREATED);
        String text = PdfReading.text(pdf);
        assertThat(text)
                .contains(
                        "Referat – Skole-hjem-samtale",
                        "torsdag den 3. september 2026",
                        "kl. 14.00-14.30",
                        "Deltagere",
                        "Dagsorden og referat",
                        "Aftaler",
                        "Næste fokuspunkt",
                        "Brøker og læselyst");
        assertThat(text).contains(DANISH, GERMAN, POLISH, TURKISH, SOMALI, ARABIC);
        assertThat(text)
                .contains(
                        "Læser 20 minutter hver dag",
                        "Øver gangetabeller med Åse",
                        "1. oktober 2026",
                        "Fraværende",
                        "side 1 af " + PdfReading.pages(pdf));
        assertThat(text).as("a glyph no font has becomes a visible box").contains(DocumentFonts.MISSING);
        PdfReading.assertFontsEmbedded(pdf);
    }

    @Test
    void minutesArePdfA2b() {
        PdfReading.assertPdfA2b(renderer.render(ExampleDocuments.minutes(), CREATED));
    }

    @Test
    void anEmptyDocumentStillRendersAndIsPdfA2b() {
        byte[] pdf = renderer.render(ExampleDocuments.empty(), CREATED);
        assertThat(PdfReading.text(pdf))
                .contains(
                        "Referat",
                        "Ingen deltagere er registreret.",
                        "Ingen punkter.",
                        "Ingen aftaler.",
                        "side 1 af 1");
        PdfReading.assertPdfA2b(pdf);
    }

    @Test
    void aHugeDocumentBreaksPagesKeepsEverythingAndIsPdfA2b() {
        byte[] pdf = renderer.render(ExampleDocuments.huge(), CREATED);
        int pages = PdfReading.pages(pdf);
        assertThat(pages).isBetween(15, 80);
        String text = PdfReading.text(pdf);
        assertThat(text)
                .contains(
                        "side 1 af " + pages,
                        "side " + pages + " af " + pages,
                        "Punkt 30:",
                        TURKISH + " 60",
                        "2. marts 2027");
        PdfReading.assertFontsEmbedded(pdf);
        PdfReading.assertPdfA2b(pdf);
    }

    @Test
    void everyKindRendersAsPdfA2b() {
        for (DocumentKind kind : DocumentKind.values()) {
            byte[] pdf = renderer.render(ExampleDocuments.of(kind), CREATED);
            assertThat(PdfReading.text(pdf)).as(kind.name()).contains(kind.title());
            PdfReading.assertPdfA2b(pdf);
        }
    }
}
