package dk.skolehjem.minutes;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Writes docs/examples/: one PDF per document kind and a PNG of its first page, for reviewers. Run after a
 * deliberate change to the documents (the golden test fails until then):
 * {@code ./mvnw -q test-compile exec:java -Dexec.mainClass=dk.skolehjem.minutes.ExampleDocumentsWriter
 * -Dexec.classpathScope=test} (needs pdftoppm from poppler-utils for the PNGs).
 */
public final class ExampleDocumentsWriter {

    static final Instant CREATED = Instant.parse("2026-09-03T13:00:00Z");
    static final Path DIR = Path.of("docs", "examples");

    private ExampleDocumentsWriter() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Files.createDirectories(DIR);
        var renderer = new MeetingDocumentRenderer();
        for (DocumentKind kind : DocumentKind.values()) {
            write(kind.slug(), renderer.render(ExampleDocuments.of(kind), CREATED));
        }
        write(MESSAGE_BOOK, ExampleDocuments.messageBook(CREATED));
        write(
                "bestyrelse-evaluering",
                dk.skolehjem.compliance.BoardReportExample.render(java.time.Instant.parse("2027-08-01T06:00:00Z")));
    }

    static final String MESSAGE_BOOK = "meddelelsesbog";

    private static void write(String name, byte[] content) throws IOException, InterruptedException {
        Path pdf = DIR.resolve(name + ".pdf");
        Files.write(pdf, content);
        String png = DIR.resolve(name).toString();
        Process p = new ProcessBuilder(
                        "pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf.toString(), png)
                .inheritIO()
                .start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("pdftoppm failed for " + pdf);
        }
        System.out.println("wrote " + pdf + " and " + png + ".png");
    }

    static String fileName(DocumentKind kind) {
        return kind.slug() + ".pdf";
    }
}
