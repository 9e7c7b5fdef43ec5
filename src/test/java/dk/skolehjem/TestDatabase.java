package dk.skolehjem;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points the integration tests at their database: in-memory H2 by default, or (system property
 * {@code skolehjem.it.db=postgres}, Maven profile {@code postgres}) a PostgreSQL database that is dropped and
 * created fresh once per test run, named by {@code skolehjem.it.postgres.database}.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static String freshUrl;

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("skolehjem.it.db", "h2"));
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if (isPostgres()) {
            TestPropertyValues.of(
                            "spring.datasource.url=" + freshDatabase(),
                            "spring.datasource.username=" + user(),
                            "spring.datasource.password=" + password())
                    .applyTo(context);
        } else {
            TestPropertyValues.of(
                            "spring.datasource.url=jdbc:h2:mem:skolehjem-it;DB_CLOSE_DELAY=-1",
                            "spring.datasource.username=sa",
                            "spring.datasource.password=")
                    .applyTo(context);
        }
    }

    private static synchronized String freshDatabase() {
        if (freshUrl == null) {
            freshUrl = recreate(System.getProperty("skolehjem.it.postgres.database", "skolehjem_it"));
        }
        return freshUrl;
    }

    /** Drops and creates a PostgreSQL database; returns its JDBC URL. */
    public static String recreate(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Ugyldigt databasenavn til test: " + name);
        }
        String server = System.getProperty("skolehjem.it.postgres.url", "jdbc:postgresql://127.0.0.1:5432/");
        try (Connection c = DriverManager.getConnection(server + "postgres", user(), password());
                Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL på " + server + " svarer ikke; kører den? " + e.getMessage(), e);
        }
        return server + name;
    }

    public static String user() {
        return System.getProperty("skolehjem.it.postgres.username", "postgres");
    }

    public static String password() {
        return System.getProperty("skolehjem.it.postgres.password", "");
    }
}
