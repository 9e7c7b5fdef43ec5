package dk.skolehjem;

import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The application's tables live in their own schema {@code app}, beside Camunda's. Flyway quotes the schema name,
 * and H2 folds unquoted names to upper case (PostgreSQL to lower case), so on H2 the schema must be created as
 * {@code APP} for the SQL's plain {@code app.} to find it.
 */
@Configuration
class AppSchemaConfig {

    @Bean
    FlywayConfigurationCustomizer appSchema() {
        return flyway -> {
            String schema = isH2(flyway.getDataSource()) ? "APP" : "app";
            flyway.schemas(schema).defaultSchema(schema);
        };
    }

    private static boolean isH2(javax.sql.DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return "H2".equals(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Databasen svarer ikke: " + e.getMessage(), e);
        }
    }
}
