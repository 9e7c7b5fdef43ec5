package dk.skolehjem.access;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start without an administrator from the environment (except in the demo), and in production without
 * what production needs: a PostgreSQL database and an administrator login
 * from the environment, and never with the demo school's well-known passwords. Runs before any bean exists, so
 * nothing is created with a missing or default secret.
 */
public class ProductionSettingsCheck implements EnvironmentPostProcessor, Ordered {

    static final int MIN_PASSWORD_LENGTH = 12;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        List<String> profiles = Arrays.asList(env.getActiveProfiles());
        List<String> problems = problems(
                profiles,
                env.getProperty("SKOLEHJEM_ADMIN_USER"),
                env.getProperty("SKOLEHJEM_ADMIN_PASSWORD"),
                env.getProperty("spring.datasource.url"));
        problems.addAll(publicUrlProblems(
                profiles, env.getProperty("SKOLEHJEM_PUBLIC_URL", env.getProperty("SKOLEHJEM_BASE_URL", ""))));
        if (!problems.isEmpty()) {
            throw new IllegalStateException(
                    "Skole-hjem starter ikke (profiler " + profiles + "):\n  - " + String.join("\n  - ", problems));
        }
    }

    /**
     * The demo brings its own administrator. Without the demo, Camunda would otherwise offer its "create the first
     * administrator" page to whoever comes first, so the administrator must come from the environment.
     */
    static List<String> problems(List<String> profiles, String adminUser, String adminPassword, String datasourceUrl) {
        List<String> problems = new ArrayList<>();
        boolean prod = profiles.contains("prod");
        if (!prod && profiles.contains("demo")) {
            return problems;
        }
        if (prod && profiles.contains("demo")) {
            problems.add("profilen 'demo' må ikke køre sammen med 'prod' (demoskolen har kendte adgangskoder)");
        }
        if (adminUser == null || adminUser.isBlank()) {
            problems.add("SKOLEHJEM_ADMIN_USER er ikke sat: administratorens brugernavn skal komme fra miljøet");
        } else if (!adminUser.matches("[A-Za-z0-9]+([._@-][A-Za-z0-9]+)*")) {
            problems.add("SKOLEHJEM_ADMIN_USER må kun indeholde bogstaver a-z, tal og . _ - @");
        }
        if (adminPassword == null || adminPassword.isBlank()) {
            problems.add("SKOLEHJEM_ADMIN_PASSWORD er ikke sat: administratorens adgangskode skal komme fra miljøet");
        } else if (prod && (!strong(adminPassword) || adminPassword.equalsIgnoreCase(adminUser))) {
            // The same rule as Camunda's password policy, which prod enables, said before anything is created.
            problems.add("SKOLEHJEM_ADMIN_PASSWORD skal være mindst " + MIN_PASSWORD_LENGTH
                    + " tegn med store og små bogstaver, tal og specialtegn, og må ikke være brugernavnet");
        }
        if (prod && (datasourceUrl == null || !datasourceUrl.startsWith("jdbc:postgresql:"))) {
            problems.add("SPRING_DATASOURCE_URL skal pege på PostgreSQL (jdbc:postgresql://...), ikke '" + datasourceUrl
                    + "'");
        }
        return problems;
    }

    /**
     * In production every link in an e-mail must lead to the school's own address, over HTTPS: a link to
     * localhost, or none, leaves a parent with a mail they cannot use.
     */
    static List<String> publicUrlProblems(List<String> profiles, String publicUrl) {
        if (!profiles.contains("prod")) {
            return List.of();
        }
        if (publicUrl == null || publicUrl.isBlank()) {
            return List.of("SKOLEHJEM_PUBLIC_URL er ikke sat: links i e-mails skal pege på den adresse, forældre og "
                    + "personale bruger (fx https://skolehjem.kommune.dk)");
        }
        java.net.URI uri;
        try {
            uri = java.net.URI.create(publicUrl.trim());
        } catch (IllegalArgumentException e) {
            return List.of("SKOLEHJEM_PUBLIC_URL er ikke en gyldig adresse: '" + publicUrl + "'");
        }
        String host = uri.getHost() == null ? "" : uri.getHost();
        if (!"https".equals(uri.getScheme()) || host.isBlank() || host.equals("localhost") || host.startsWith("127.")) {
            return List.of("SKOLEHJEM_PUBLIC_URL skal være skolens offentlige https-adresse, ikke '" + publicUrl + "'");
        }
        return List.of();
    }

    private static boolean strong(String p) {
        return p.length() >= MIN_PASSWORD_LENGTH
                && p.chars().anyMatch(Character::isUpperCase)
                && p.chars().anyMatch(Character::isLowerCase)
                && p.chars().anyMatch(Character::isDigit)
                && p.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
