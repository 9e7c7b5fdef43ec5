package dk.skolehjem.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's answer: one line per scenario with the raw baseline and the product measured in the same run, the
 * ratio and the target, printed and written as Markdown with the machine, the versions and the date.
 */
final class Report {

    /** One measured pair. {@code met} is null where a line has no target of its own. */
    record Line(String id, String what, String raw, String product, String ratio, String target, Boolean met) {}

    private final List<Line> lines = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final String size;

    Report(String size) {
        this.size = size;
    }

    void add(Line line) {
        lines.add(line);
        System.out.printf(
                Locale.ROOT,
                "%-3s %-58s raw: %-22s product: %-34s %s %s%n",
                line.id(),
                line.what(),
                line.raw(),
                line.product(),
                line.ratio(),
                line.met() == null ? "" : line.met() ? "OK" : "UNDER TARGET (" + line.target() + ")");
    }

    void note(String note) {
        notes.add(note);
        System.out.println("    " + note);
    }

    static String ratio(double product, double raw) {
        return raw > 0 && !Double.isNaN(product) ? String.format(Locale.ROOT, "%.2fx", product / raw) : "–";
    }

    static String f(double value, String unit) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.1f %s", value, unit);
    }

    void write(Path file, String scale) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Benchmarks\n\n");
        md.append(
                        "Written by `./mvnw -Pbench verify` (see README.md, \"Benchmark\"). Each scenario runs the raw Camunda ")
                .append("engine (or raw PDFBox, raw JDBC) and the product in the same run on the same PostgreSQL, in ")
                .append("interleaved rounds; figures are medians over the rounds. The numbers are noisy on a 2-core ")
                .append("machine: the ratios and the shape are what count.\n\n");
        md.append("| | |\n| --- | --- |\n");
        md.append("| Date | ")
                .append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append(" |\n");
        md.append("| Size | ").append(size).append(": ").append(scale).append(" |\n");
        md.append("| Machine | ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, ")
                .append(System.getProperty("os.name"))
                .append(' ')
                .append(System.getProperty("os.arch"))
                .append(", max heap ")
                .append(Runtime.getRuntime().maxMemory() / (1024 * 1024))
                .append(" MB |\n");
        md.append("| Java | ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.version"))
                .append(" |\n");
        md.append("| Camunda | ")
                .append(org.camunda.bpm.engine.ProcessEngine.class.getPackage().getImplementationVersion())
                .append(" |\n");
        md.append("| Spring Boot | ")
                .append(org.springframework.boot.SpringBootVersion.getVersion())
                .append(" |\n");
        md.append("| JVM arguments | ")
                .append(String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()))
                .append(" |\n\n");
        md.append("| | Scenario | Raw baseline | Skole-hjem | Ratio | Target | |\n");
        md.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (Line l : lines) {
            md.append("| ")
                    .append(l.id())
                    .append(" | ")
                    .append(l.what())
                    .append(" | ")
                    .append(l.raw())
                    .append(" | ")
                    .append(l.product())
                    .append(" | ")
                    .append(l.ratio())
                    .append(" | ")
                    .append(l.target())
                    .append(" | ")
                    .append(l.met() == null ? "" : l.met() ? "nået" : "**ikke nået**")
                    .append(" |\n");
        }
        if (!notes.isEmpty()) {
            md.append("\n## Notes from the run\n\n");
            notes.forEach(n -> md.append("- ").append(n).append('\n'));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, md.toString(), StandardCharsets.UTF_8);
        System.out.println("Skrev " + file);
    }
}
