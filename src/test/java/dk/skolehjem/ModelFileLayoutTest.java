package dk.skolehjem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * BPMN and DMN files are reviewed as text in diffs, so they are saved as Camunda Modeler and the formatter in
 * {@code .ci/} write them: one element (with its attributes) per line, indented, never a run of elements on one line.
 */
class ModelFileLayoutTest {

    private static final Pattern START_TAG = Pattern.compile("<[A-Za-z]");

    @Test
    void everyModelHasOneElementPerLine() throws IOException {
        List<String> crowded = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(bpmn|dmn)"))
                    .sorted()
                    .toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (START_TAG.matcher(lines.get(i)).results().count() > 1) {
                        crowded.add(file.getFileName() + ":" + (i + 1));
                    }
                }
                assertThat(lines).as("%s is indented, not one long line", file).hasSizeGreaterThan(10);
            }
        }
        assertThat(crowded)
                .as("lines with more than one element; run python3 .ci/format-models.py")
                .isEmpty();
    }
}
