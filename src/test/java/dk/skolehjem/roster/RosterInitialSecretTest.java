package dk.skolehjem.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

/**
 * The roster's initial secrets against Camunda's default password policy (the one production turns on), without an
 * engine: short names, one-letter names, names of special characters, a whole alphabet in the user data.
 */
class RosterInitialSecretTest {

    private static final List<PasswordPolicyRule> POLICY = new DefaultPasswordPolicyImpl().getRules();
    private static final int DRAWS = 2_000;

    @Test
    void shortNamesNeverAppearInTheSecret_andEveryDrawMeetsThePolicy() {
        for (User user : List.of(
                user("n-g1", "Al", "", "al@navne.example"),
                user("bo", "Bo", "Ek", "b@e.dk"),
                user("ida", "Ida", "Ø", "ida@navne.example"),
                user("a", "A", "B", "ab@x.dk"),
                user("x", "X", "Y", null),
                user("i", "i", "I", "i@i.dk"),
                user("zz", "Ea", "Oz", "ea@oz.dk"),
                user("punktum", "Jens", ".", "jens@x.dk"),
                user("tal", "1", "2", "3@4.dk"),
                user("ss", "Strauß", "ß", "s@x.dk"))) {
            Random random = new Random(user.getId().hashCode());
            for (int i = 0; i < DRAWS; i++) {
                String secret = InitialSecret.draw(random, InitialSecret.userData(user));
                assertThat(violated(secret, user))
                        .as("%s for %s", secret, user.getId())
                        .isEmpty();
                for (String value : InitialSecret.userData(user)) {
                    assertThat(secret.toUpperCase(Locale.ROOT))
                            .as("%s for %s", secret, user.getId())
                            .doesNotContain(value.toUpperCase(Locale.ROOT));
                }
            }
        }
    }

    @Test
    void aSecretHasItsRandomnessInTheSpecialCharacters_andOneLetterOfEachCaseAndOneDigit() {
        String secret = InitialSecret.draw(new Random(1), List.of("Anne-Marie", "Kristensen", "am@skole.dk", "g17"));
        assertThat(secret.chars().filter(Character::isUpperCase).count()).isEqualTo(1);
        assertThat(secret.chars().filter(Character::isLowerCase).count()).isEqualTo(1);
        assertThat(secret.chars().filter(Character::isDigit).count()).isEqualTo(1);
        long specials = secret.chars()
                .filter(c -> InitialSecret.SPECIALS.indexOf(c) >= 0)
                .count();
        assertThat(specials).isEqualTo(secret.length() - 3);
        assertThat(secret).as("'.', '@' and '-' are in the e-mail or name").doesNotContain(".", "@", "-");
        // 16 special characters less '.' give log2(15) bits each: at least 160 bits in all
        assertThat(specials * Math.log(15) / Math.log(2)).isGreaterThanOrEqualTo(InitialSecret.BITS);
    }

    @Test
    void userDataThatUsesUpAnAlphabetFallsBackToTheWholeAlphabet_thePolicyCheckDecidesThen() {
        String everything = "abcdefghijklmnopqrstuvwxyz0123456789" + InitialSecret.SPECIALS;
        String secret = InitialSecret.draw(new Random(2), List.of(everything));
        assertThat(violated(secret, user("u", everything, "", null)))
                .as("no rule but the user data one")
                .allMatch(r -> r.getPlaceholder().equals("PASSWORD_POLICY_USER_DATA"));
        assertThat(secret.chars().filter(Character::isUpperCase).count()).isEqualTo(1);
        assertThat(secret.chars().filter(Character::isDigit).count()).isEqualTo(1);
    }

    @Test
    void whatThePolicyComparesWith_loginNamesAndEmail_blankOnesLeftOut() {
        assertThat(InitialSecret.userData(user("n-g1", "Al", "", null))).containsExactly("n-g1", "Al");
    }

    private static List<PasswordPolicyRule> violated(String password, User user) {
        return POLICY.stream().filter(rule -> !rule.execute(password, user)).toList();
    }

    private static User user(String id, String first, String last, String email) {
        UserEntity user = new UserEntity(id);
        user.setFirstName(first);
        user.setLastName(last);
        user.setEmail(email);
        return user;
    }
}
