package dk.skolehjem.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The checked-in examples in docs/examples/ are what the documents look like: a fresh rendering must read the same.
 * A deliberate change is committed together with new examples ({@link ExampleDocumentsWriter}).
 */
class ExampleDocumentsGoldenTest {

    @ParameterizedTest
    @EnumSource(DocumentKind.class)
    void aFreshRenderingReadsLikeTheCheckedInExample(DocumentKind kind) throws IOException {
        Path example = ExampleDocumentsWriter.DIR.resolve(ExampleDocumentsWriter.fileName(kind));
        Path picture = ExampleDocumentsWriter.DIR.resolve(kind.slug() + ".png");
        assertThat(example).as("run ExampleDocumentsWriter to create it").exists();
        assertThat(picture).exists();
        byte[] fresh = new MeetingDocumentRenderer().render(ExampleDocuments.of(kind), ExampleDocumentsWriter.CREATED);
        assertThat(PdfReading.text(fresh)).isEqualTo(PdfReading.text(Files.readAllBytes(example)));
    }

    @Test
    void theMessageBookYearReadsLikeTheCheckedInExample() throws IOException {
        Path example = ExampleDocumentsWriter.DIR.resolve(ExampleDocumentsWriter.MESSAGE_BOOK + ".pdf");
        assertThat(ExampleDocumentsWriter.DIR.resolve(ExampleDocumentsWriter.MESSAGE_BOOK + ".png"))
                .exists();
        byte[] fresh = ExampleDocuments.messageBook(ExampleDocumentsWriter.CREATED);
        assertThat(PdfReading.text(fresh))
                .isEqualTo(PdfReading.text(Files.readAllBytes(example)))
                .contains("Meddelelsesbog – skoleåret 2026-27", "Læser en kapitelbog om måneden", "Sociale mål");
        PdfReading.assertPdfA2b(fresh);
    }
}
