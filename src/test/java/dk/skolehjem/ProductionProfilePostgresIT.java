package dk.skolehjem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Groups;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The jar as production runs it: profile "prod" against PostgreSQL, schema created from nothing, no demo data,
 * the administrator from the environment. Runs only in the PostgreSQL suite ({@code -Ppostgres}), because
 * production refuses any other database.
 */
class ProductionProfilePostgresIT {

    private static final String DATABASE =
            System.getProperty("skolehjem.it.postgres.database", "skolehjem_it") + "_prod";

    @Test
    void productionCreatesItsSchemaOnAnEmptyDatabaseAndLoadsNoDemo() {
        String url = TestDatabase.recreate(DATABASE);
        try (ConfigurableApplicationContext app =
                prod(url, "rektor", "En-lang-0g-hemmelig-kode!").run()) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject("select count(*) from app.school", Integer.class))
                    .isZero();
            assertThat(jdbc.queryForObject(
                            "select count(*) from app.flyway_schema_history where success", Integer.class))
                    .isPositive();
            assertThat(app.getBean(RepositoryService.class)
                            .createProcessDefinitionQuery()
                            .processDefinitionKey("school-year")
                            .count())
                    .isEqualTo(1);
            IdentityService identity = app.getBean(IdentityService.class);
            assertThat(identity.createUserQuery()
                            .userId("rektor")
                            .memberOfGroup(dk.skolehjem.roster.GroupIds.OPERATORS)
                            .count())
                    .as("the operator")
                    .isEqualTo(1);
            assertThat(identity.createUserQuery()
                            .memberOfGroup(Groups.CAMUNDA_ADMIN)
                            .list())
                    .as("no person holds Camunda's all-powerful group; its one member cannot log in")
                    .extracting(u -> u.getId())
                    .containsExactly("skolehjem-system");
            assertThat(identity.checkPassword("rektor", "En-lang-0g-hemmelig-kode!"))
                    .isTrue();
            assertThat(identity.createUserQuery().userId("demo").count()).isZero();
            assertThat(identity.createUserQuery().userId("laerer").count()).isZero();
        }
    }

    @Test
    void productionRefusesToStartWithoutTheAdministratorsLogin() {
        String url = TestDatabase.recreate(DATABASE);
        assertThatThrownBy(() -> prod(url, null, null).run())
                .hasMessageContaining("Skole-hjem starter ikke")
                .hasMessageContaining("SKOLEHJEM_ADMIN_USER er ikke sat");
    }

    private static SpringApplicationBuilder prod(String url, String admin, String password) {
        var builder = new SpringApplicationBuilder(SkoleHjemApplication.class).profiles("prod");
        var props = new java.util.ArrayList<String>(java.util.List.of(
                "SPRING_DATASOURCE_URL=" + url,
                "SPRING_DATASOURCE_USERNAME=" + TestDatabase.user(),
                "SPRING_DATASOURCE_PASSWORD=" + TestDatabase.password(),
                "server.port=0",
                "SKOLEHJEM_PUBLIC_URL=https://skolehjem.example.dk",
                // another engine named "default" may already run in this JVM (the shared test application)
                "camunda.bpm.generate-unique-process-engine-name=true"));
        if (admin != null) {
            props.add("SKOLEHJEM_ADMIN_USER=" + admin);
            props.add("SKOLEHJEM_ADMIN_PASSWORD=" + password);
        }
        return builder.properties(props.toArray(String[]::new));
    }
}
