package dk.skolehjem.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every school policy the installation knows: the shipped ones (classpath {@code policies/}) and, when configured,
 * a directory of the municipality's own, which may replace a shipped one by id. Loaded once at start-up, so a broken
 * file stops the application instead of surfacing in the middle of a school year.
 */
@Component
public class PolicyRegistry {

    /** The policy a school gets when it names none. */
    public static final String DEFAULT_ID = "standard";

    private final Map<String, SchoolPolicy> policies;

    public PolicyRegistry(@Value("${skolehjem.policies.dir:}") String extraDir) {
        this.policies = load(extraDir);
    }

    static Map<String, SchoolPolicy> load(String extraDir) {
        var parser = new PolicyParser();
        var result = new TreeMap<String, SchoolPolicy>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:policies/*.yaml")) {
                String name = r.getFilename();
                try (InputStream in = r.getInputStream()) {
                    put(
                            result,
                            parser.parse(
                                    in,
                                    "policies/" + name,
                                    baseName(name),
                                    classpathText("policies/principles/" + baseName(name) + ".txt")));
                }
            }
            if (extraDir != null && !extraDir.isBlank()) {
                Path dir = Path.of(extraDir);
                if (!Files.isDirectory(dir)) {
                    throw new PolicyException(extraDir, java.util.List.of("mappen findes ikke"));
                }
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".yaml"))
                            .sorted()
                            .toList()) {
                        try (InputStream in = Files.newInputStream(f)) {
                            String id = baseName(f.getFileName().toString());
                            Path text = dir.resolve(id + ".txt");
                            SchoolPolicy p = parser.parse(
                                    in,
                                    f.toString(),
                                    id,
                                    Files.isRegularFile(text)
                                            ? Files.readString(text, java.nio.charset.StandardCharsets.UTF_8)
                                            : null);
                            result.put(p.id(), p);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Skolernes principper kunne ikke læses: " + e.getMessage(), e);
        }
        if (!result.containsKey(DEFAULT_ID)) {
            throw new PolicyException(
                    "policies/", java.util.List.of("standardprincippet '" + DEFAULT_ID + "' mangler"));
        }
        return Map.copyOf(result);
    }

    private static String classpathText(String path) throws IOException {
        var resource = new org.springframework.core.io.ClassPathResource(path);
        if (!resource.exists()) {
            return null;
        }
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static void put(Map<String, SchoolPolicy> into, SchoolPolicy p) {
        if (into.putIfAbsent(p.id(), p) != null) {
            throw new PolicyException(
                    "policies/" + p.id() + ".yaml", java.util.List.of("id '" + p.id() + "' findes to gange"));
        }
    }

    private static String baseName(String file) {
        return file.substring(0, file.length() - ".yaml".length());
    }

    public Optional<SchoolPolicy> find(String id) {
        return Optional.ofNullable(policies.get(id));
    }

    /** The policy by id; an unknown id is a programming or data error the caller should already have ruled out. */
    /** The policy a process names in its {@code policyId}, or the default one when it names none it knows. */
    public SchoolPolicy orDefault(Object policyId) {
        return policyId == null ? get(DEFAULT_ID) : find(policyId.toString()).orElseGet(() -> get(DEFAULT_ID));
    }

    public SchoolPolicy get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("Ukendt princip: " + id));
    }

    public Collection<SchoolPolicy> all() {
        return new TreeMap<>(policies).values();
    }
}
