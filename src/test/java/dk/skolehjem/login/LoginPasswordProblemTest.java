package dk.skolehjem.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyDigitRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUpperCaseRuleImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

/**
 * The one-time link page's checks of a chosen password: its own (length, typed twice, not the login) and what
 * Camunda's password policy misses, in Danish, naming every missing part.
 */
class LoginPasswordProblemTest {

    private static final List<PasswordPolicyRule> POLICY = new DefaultPasswordPolicyImpl().getRules();

    @Test
    void thePagesOwnChecks() {
        assertThat(LoginLinks.passwordProblem("bo", "kort", "kort")).contains("Adgangskoden skal være mindst 10 tegn.");
        assertThat(LoginLinks.passwordProblem("bo", "x".repeat(201), "x".repeat(201)))
                .contains("Adgangskoden må højst være 200 tegn.");
        assertThat(LoginLinks.passwordProblem("anne-marie", "Anne-Marie", "Anne-Marie"))
                .contains("Adgangskoden må ikke være dit brugernavn.");
        assertThat(LoginLinks.passwordProblem("bo", "Sommerfugl-2026", "Sommerfugl-2027"))
                .contains("De to adgangskoder er ikke ens.");
        assertThat(LoginLinks.passwordProblem("bo", "Sommerfugl-2026", "Sommerfugl-2026"))
                .isEmpty();
    }

    @Test
    void whatThePolicyMissesIsNamed() {
        assertThat(problem("sommerfugle", "bo", "Bo", "Ek"))
                .contains(
                        "Adgangskoden skal have et stort bogstav, et tal og et tegn, der hverken er bogstav eller tal (fx ! eller -).");
        assertThat(problem("SOMMERFUGL-1", "bo", "Bo", "Ek")).contains("Adgangskoden skal have et lille bogstav.");
        assertThat(problem("Kort-1", "bo", "Bo", "Ek")).contains("Adgangskoden skal have mindst 10 tegn.");
        assertThat(problem("Sommerfugl-2026", "bo", "Bo", "Ek")).isEmpty();
    }

    @Test
    void aPasswordWithTheNameOrLoginIsRefusedWithAReason() {
        assertThat(problem("Ida-Hansen-2026!", "ida", "Ida", "Hansen"))
                .contains("Adgangskoden må ikke indeholde dit navn, dit brugernavn eller din e-mailadresse.");
        assertThat(problem("ida-hansen-2026", "ida", "Ida", "Hansen"))
                .contains("Adgangskoden skal have et stort "
                        + "bogstav. Den må ikke indeholde dit navn, dit brugernavn eller din e-mailadresse.");
    }

    @Test
    void aStricterPolicySaysHowMany_andAnUnknownRuleIsStillExplained() {
        PasswordPolicyRule unknown = new PasswordPolicyRule() {
            @Override
            public String getPlaceholder() {
                return "KOMMUNENS_EGEN_REGEL";
            }

            @Override
            public Map<String, String> getParameters() {
                return null;
            }

            @Override
            public boolean execute(String password) {
                return false;
            }
        };
        assertThat(LoginLinks.describe(
                        List.of(new PasswordPolicyUpperCaseRuleImpl(2), new PasswordPolicyDigitRuleImpl(3))))
                .contains("Adgangskoden skal have mindst 2 store bogstaver og mindst 3 tal.");
        assertThat(LoginLinks.describe(List.of(unknown)))
                .contains("Adgangskoden skal opfylde kommunens regler for adgangskoder.");
        assertThat(LoginLinks.describe(List.of(new PasswordPolicyDigitRuleImpl(1), unknown)))
                .contains(
                        "Adgangskoden skal have et tal. Den skal også opfylde kommunens øvrige regler for adgangskoder.");
        assertThat(LoginLinks.describe(List.of())).isEmpty();
    }

    @Test
    void theWholeDefaultPolicyReadsAsAHintBeforeTyping() {
        assertThat(LoginLinks.describe(POLICY))
                .contains("Adgangskoden skal have mindst 10 tegn, et lille bogstav, et stort "
                        + "bogstav, et tal og et tegn, der hverken er bogstav eller tal (fx ! eller -). Den må ikke indeholde dit "
                        + "navn, dit brugernavn eller din e-mailadresse.");
    }

    private static java.util.Optional<String> problem(String password, String id, String first, String last) {
        UserEntity user = new UserEntity(id);
        user.setFirstName(first);
        user.setLastName(last);
        user.setEmail(id + "@skole.example");
        List<PasswordPolicyRule> violated =
                POLICY.stream().filter(r -> !r.execute(password, user)).toList();
        return LoginLinks.describe(violated);
    }
}
