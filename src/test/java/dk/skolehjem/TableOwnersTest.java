package dk.skolehjem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each application table has one owner package (DESIGN.md, "Seams"): only that package inserts, updates or deletes
 * its rows; every other package calls the owner's service (erase a case's documents, cancel a family's messages), so
 * a new table cannot be missed by another package's SQL. Read from the sources, without Spring.
 */
class TableOwnersTest {

    private static final Path JAVA = Path.of("src/main/java/dk/skolehjem");
    private static final Pattern WRITE =
            Pattern.compile("(?i)(insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+app\\.([a-z_]+)");

    @Test
    void everyTableIsWrittenByOnePackageOnly() throws IOException {
        Map<String, Set<String>> writers = new TreeMap<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String pkg = JAVA.relativize(file.getParent()).toString();
                Matcher m = WRITE.matcher(Files.readString(file));
                while (m.find()) {
                    writers.computeIfAbsent(m.group(2), t -> new TreeSet<>()).add(pkg);
                }
            }
        }
        assertThat(writers)
                .as("the tables the product writes")
                .containsKeys("document", "notification", "concern_case", "case_invitation", "guardian_suspension");
        assertThat(writers)
                .as("tables written by more than one package")
                .allSatisfy((table, packages) -> assertThat(packages).as(table).hasSize(1));
        assertThat(writers)
                .as("owners")
                .containsEntry("document", Set.of("minutes"))
                .containsEntry("document_download", Set.of("minutes"))
                .containsEntry("case_invitation", Set.of("minutes"))
                .containsEntry("notification", Set.of("notification"));
    }
}
