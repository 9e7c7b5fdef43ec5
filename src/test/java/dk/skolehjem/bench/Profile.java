package dk.skolehjem.bench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the time goes while a scenario runs: Java Flight Recorder's execution samples of this JVM (the first node),
 * summed per method that was on the stack, for the report's "why". Only the product's and Camunda's own frames
 * and the database driver are counted, the rest (JDK, Tomcat, Spring) shows as what they call.
 */
final class Profile implements AutoCloseable {

    private final Recording recording = new Recording();
    private final Path file;

    Profile(Path file) {
        this.file = file;
        recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(10));
        recording.start();
    }

    @Override
    public void close() {
        try {
            recording.stop();
            recording.dump(file);
            recording.close();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Beyond the product, the engine's commands and the driver: page rendering, the engine's flush, its history. */
    private static final Set<String> WATCHED = Set.of(
            "org.thymeleaf.TemplateEngine",
            "org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager",
            "org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler",
            "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager");

    /** The {@code n} methods most often on the stack (each sample counts a method once), as "share% method". */
    List<String> hottest(int n) throws java.io.IOException {
        Map<String, Integer> onStack = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            Set<String> seen = new HashSet<>();
            for (RecordedFrame frame : event.getStackTrace().getFrames()) {
                String type = frame.getMethod().getType().getName();
                if (type.startsWith("dk.skolehjem.") && !type.startsWith("dk.skolehjem.bench.")
                        || type.startsWith("org.camunda.bpm.engine.impl.cmd.")
                        || WATCHED.contains(type)
                        || type.startsWith("org.postgresql.")) {
                    String method = type.substring(type.lastIndexOf('.') + 1) + "."
                            + frame.getMethod().getName();
                    if (seen.add(method)) {
                        onStack.merge(method, 1, Integer::sum);
                    }
                }
            }
        }
        int total = Math.max(1, samples);
        return onStack.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(n)
                .map(e -> String.format(java.util.Locale.ROOT, "%.0f%% %s", 100.0 * e.getValue() / total, e.getKey()))
                .collect(Collectors.toList());
    }

    /** The {@code n} methods most often running themselves (the top frame of a sample), as "share% Type.method". */
    List<String> busiest(int n) throws java.io.IOException {
        Map<String, Integer> top = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")
                    || event.getStackTrace() == null
                    || event.getStackTrace().getFrames().isEmpty()) {
                continue;
            }
            samples++;
            RecordedFrame frame = event.getStackTrace().getFrames().get(0);
            String type = frame.getMethod().getType().getName();
            top.merge(
                    type.substring(type.lastIndexOf('.') + 1) + "."
                            + frame.getMethod().getName(),
                    1,
                    Integer::sum);
        }
        int total = Math.max(1, samples);
        return top.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(n)
                .map(e -> String.format(java.util.Locale.ROOT, "%.0f%% %s", 100.0 * e.getValue() / total, e.getKey()))
                .collect(Collectors.toList());
    }
}
