package dk.skolehjem.bench;

import dk.skolehjem.SkoleHjemApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Skole-hjem nodes for the benchmark: the first in this JVM (so the scenarios can reach its beans), a second as its
 * own JVM with {@code -Xmx512m} on the same database, as a municipality would run two application nodes. Both keep
 * the engine clock at the same offset from real time, so the school year stands where the scenarios put it.
 */
final class Nodes {

    static final String OPERATOR = "drift";

    private Nodes() {}

    static Map<String, String> settings(String jdbcUrl, int port) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("server.port", Integer.toString(port));
        p.put("spring.datasource.url", jdbcUrl);
        p.put("spring.datasource.username", dk.skolehjem.TestDatabase.user());
        p.put("spring.datasource.password", dk.skolehjem.TestDatabase.password());
        p.put("SKOLEHJEM_ADMIN_USER", OPERATOR);
        p.put("SKOLEHJEM_ADMIN_PASSWORD", "Drift-benchmark-2026!");
        p.put("skolehjem.digest.cron", "-");
        p.put("logging.level.root", "WARN");
        p.put("logging.level.dk.skolehjem", "WARN");
        return p;
    }

    static ConfigurableApplicationContext inProcess(String jdbcUrl) {
        // as command-line arguments: they win over application.yaml, as the second node's do
        return new SpringApplicationBuilder(SkoleHjemApplication.class)
                .profiles("bench")
                .run(settings(jdbcUrl, 0).entrySet().stream()
                        .map(e -> "--" + e.getKey() + "=" + e.getValue())
                        .toArray(String[]::new));
    }

    static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    /** A second node in its own JVM; waits until its login page answers. */
    static Process separate(String jdbcUrl, Path log) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                BenchNode.class.getName(),
                Long.toString(offsetMillis()),
                "--spring.profiles.active=bench"));
        settings(jdbcUrl, port).forEach((k, v) -> command.add("--" + k + "=" + v));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        awaitUp(port, process);
        secondPorts.put(process, port);
        return process;
    }

    static int port(Process second) {
        return secondPorts.get(second);
    }

    private static final Map<Process, Integer> secondPorts = new java.util.concurrent.ConcurrentHashMap<>();

    /** How far the engine clock is from real time (ClockUtil's offset), for a second node to keep the same. */
    static long offsetMillis() {
        return ClockUtil.now().getTime() - System.currentTimeMillis();
    }

    private static void awaitUp(int port, Process process) throws IOException {
        HttpClient client = HttpClient.newHttpClient();
        long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Den anden node stoppede under opstarten (se loggen)");
            }
            try {
                var answer = client.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            Jobs.sleep(500);
        }
        process.destroyForcibly();
        throw new IllegalStateException("Den anden node kom ikke op på tre minutter");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
