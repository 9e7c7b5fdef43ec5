package dk.skolehjem.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class ProductionSettingsCheckTest {

    private static final String PG = "jdbc:postgresql://db:5432/skolehjem";

    @Test
    void productionNeedsAnAdminLoginFromTheEnvironmentAndPostgres() {
        assertThat(ProductionSettingsCheck.problems(List.of("prod"), null, null, null))
                .containsExactly(
                        "SKOLEHJEM_ADMIN_USER er ikke sat: administratorens brugernavn skal komme fra miljøet",
                        "SKOLEHJEM_ADMIN_PASSWORD er ikke sat: administratorens adgangskode skal komme fra miljøet",
                        "SPRING_DATASOURCE_URL skal pege på PostgreSQL (jdbc:postgresql://...), ikke 'null'");
        assertThat(ProductionSettingsCheck.problems(List.of("prod"), "admin", "kort", PG))
                .containsExactly("SKOLEHJEM_ADMIN_PASSWORD skal være mindst 12 tegn med store og små bogstaver, tal og "
                        + "specialtegn, og må ikke være brugernavnet");
        assertThat(ProductionSettingsCheck.problems(List.of("prod"), "admin", "en-lang-hemmelighed", PG))
                .hasSize(1);
        assertThat(ProductionSettingsCheck.problems(List.of("prod", "demo"), "admin", "En-lang-hemmelighed-1", PG))
                .containsExactly("profilen 'demo' må ikke køre sammen med 'prod' (demoskolen har kendte adgangskoder)");
        assertThat(ProductionSettingsCheck.problems(List.of("prod"), "admin", "En-lang-hemmelighed-1", PG))
                .isEmpty();
    }

    @Test
    void theApplicationRefusesToStartInProdWithoutTheAdminLogin() {
        var env = new StandardEnvironment();
        env.setActiveProfiles("prod");
        env.getPropertySources().addFirst(new MapPropertySource("test", Map.of("spring.datasource.url", PG)));
        assertThatThrownBy(() -> new ProductionSettingsCheck().postProcessEnvironment(env, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Skole-hjem starter ikke")
                .hasMessageContaining("SKOLEHJEM_ADMIN_USER er ikke sat");
    }

    @Test
    void productionNeedsThePublicHttpsAddressForTheLinksInEmails() {
        assertThat(ProductionSettingsCheck.publicUrlProblems(List.of("prod"), ""))
                .singleElement()
                .asString()
                .startsWith("SKOLEHJEM_PUBLIC_URL er ikke sat");
        assertThat(ProductionSettingsCheck.publicUrlProblems(List.of("prod"), "http://localhost:8080"))
                .containsExactly("SKOLEHJEM_PUBLIC_URL skal være skolens offentlige https-adresse, ikke "
                        + "'http://localhost:8080'");
        assertThat(ProductionSettingsCheck.publicUrlProblems(List.of("prod"), "http://skolehjem.kommune.dk"))
                .hasSize(1);
        assertThat(ProductionSettingsCheck.publicUrlProblems(List.of("prod"), "https://127.0.0.1"))
                .hasSize(1);
        assertThat(ProductionSettingsCheck.publicUrlProblems(List.of("prod"), "https://skole hjem"))
                .containsExactly("SKOLEHJEM_PUBLIC_URL er ikke en gyldig adresse: 'https://skole hjem'");
        assertThat(ProductionSettingsCheck.publicUrlProblems(List.of("prod"), "https://skolehjem.kommune.dk"))
                .isEmpty();
        assertThat(ProductionSettingsCheck.publicUrlProblems(List.of("demo"), ""))
                .as("the demo runs on localhost")
                .isEmpty();
    }

    @Test
    void theApplicationRefusesToStartInProdWithoutItsPublicAddress() {
        var env = new StandardEnvironment();
        env.setActiveProfiles("prod");
        env.getPropertySources()
                .addFirst(new MapPropertySource(
                        "test",
                        Map.of(
                                "spring.datasource.url",
                                PG,
                                "SKOLEHJEM_ADMIN_USER",
                                "admin",
                                "SKOLEHJEM_ADMIN_PASSWORD",
                                "En-lang-hemmelighed-1")));
        assertThatThrownBy(() -> new ProductionSettingsCheck().postProcessEnvironment(env, null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SKOLEHJEM_PUBLIC_URL er ikke sat");
        env.getPropertySources()
                .addFirst(new MapPropertySource("url", Map.of("SKOLEHJEM_PUBLIC_URL", "https://skolehjem.kommune.dk")));
        new ProductionSettingsCheck().postProcessEnvironment(env, null);
        assertThat(env.getActiveProfiles()).containsExactly("prod");
    }

    @Test
    void theDemoBringsItsOwnAdministrator() {
        var env = new StandardEnvironment();
        env.setActiveProfiles("demo");
        new ProductionSettingsCheck().postProcessEnvironment(env, null);
        assertThat(env.getActiveProfiles()).containsExactly("demo");
    }

    @Test
    void withoutTheDemoTheAdministratorMustComeFromTheEnvironment() {
        assertThat(ProductionSettingsCheck.problems(List.of(), null, null, "jdbc:h2:file:./data/x"))
                .containsExactly(
                        "SKOLEHJEM_ADMIN_USER er ikke sat: administratorens brugernavn skal komme fra miljøet",
                        "SKOLEHJEM_ADMIN_PASSWORD er ikke sat: administratorens adgangskode skal komme fra miljøet");
        assertThat(ProductionSettingsCheck.problems(List.of(), "admin", "kort", "jdbc:h2:file:./data/x"))
                .isEmpty();
    }
}
