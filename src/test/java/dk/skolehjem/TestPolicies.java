package dk.skolehjem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The principles only the process tests use, made from the shipped ones when the {@link ProcessTest} context starts
 * and given to the real {@code PolicyRegistry} as the municipality's own directory ({@code skolehjem.policies.dir}).
 */
public class TestPolicies implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The standard principle without the class parent council's steps (no agenda request, no agreed date). */
    public static final String WITHOUT_COUNCIL = "uden-raad";
    /** The standard principle without parent meeting, conferences and needs-based talks. */
    public static final String WITHOUT_MEETINGS = "uden-moede";
    /** A principle with every process switched on: seed 001's, plus weekly plans. */
    public static final String WHOLE_YEAR = "hele-aaret";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        try {
            Path dir = Files.createTempDirectory("process-test-policies");
            dir.toFile().deleteOnExit();
            write(
                    dir,
                    WITHOUT_COUNCIL,
                    shipped("standard")
                            .replace("id: standard", "id: " + WITHOUT_COUNCIL)
                            .replace("councilAgendaRequest: true", "councilAgendaRequest: false")
                            .replace("agreeDateWithContactParents: true", "agreeDateWithContactParents: false"));
            write(
                    dir,
                    WITHOUT_MEETINGS,
                    shipped("standard")
                            .replace("id: standard", "id: " + WITHOUT_MEETINGS)
                            .replaceFirst("parentMeeting:\n  enabled: true", "parentMeeting:\n  enabled: false")
                            .replaceFirst("conference:\n  enabled: true", "conference:\n  enabled: false")
                            .replaceFirst("needsTalk:\n  enabled: true", "needsTalk:\n  enabled: false"));
            write(
                    dir,
                    WHOLE_YEAR,
                    shipped("skole-med-meddelelsesbog-og-laeringssamtaler")
                            .replace("id: skole-med-meddelelsesbog-og-laeringssamtaler", "id: " + WHOLE_YEAR)
                            .replace("weeklyPlan:\n  enabled: false", "weeklyPlan:\n  enabled: true"));
            // its promises quote seed 001, so the board's text goes with it
            Path text = dir.resolve(WHOLE_YEAR + ".txt");
            try (InputStream in = TestPolicies.class.getResourceAsStream(
                    "/policies/principles/skole-med-meddelelsesbog-og-laeringssamtaler.txt")) {
                Files.write(text, in.readAllBytes());
            }
            text.toFile().deleteOnExit();
            TestPropertyValues.of("skolehjem.policies.dir=" + dir).applyTo(context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String shipped(String id) throws IOException {
        try (InputStream in = TestPolicies.class.getResourceAsStream("/policies/" + id + ".yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void write(Path dir, String id, String yaml) throws IOException {
        Path file = dir.resolve(id + ".yaml");
        Files.writeString(file, yaml);
        file.toFile().deleteOnExit();
    }
}
