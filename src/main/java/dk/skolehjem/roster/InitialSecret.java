package dk.skolehjem.roster;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Exists so that a roster import never fails on a person's name: the random secret a new login gets meets the
 * password policy (Camunda's, on in production) by construction, never containing the person's name, login or e-mail.
 *
 * <p>Why a secret at all, and not a login without a password until the one-time link sets one: Camunda 7.24 stores a
 * user without a password (the policy is not asked), but {@code IdentityService.checkPassword} then throws a
 * NullPointerException for that user whatever is typed, so the login form would answer such a person (or anyone
 * trying their login) with an error instead of "wrong password". A secret nobody knows closes the login just as well.
 */
final class InitialSecret {

    /** Special characters Camunda's policy counts (none is a letter or digit, none is a space). */
    static final String SPECIALS = "!#$%&*+=?^~:;,.|";

    static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    static final String DIGITS = "0123456789";
    /** Randomness of a secret, in bits (the special characters alone carry it). */
    static final int BITS = 160;
    /** Drawing again is only needed for a policy stricter than Camunda's default, or for absurd user data. */
    static final int ATTEMPTS = 100;

    private static final SecureRandom RANDOM = new SecureRandom();

    private InitialSecret() {}

    /**
     * A secret for {@code user} that the engine's password policy (when on) accepts; it is never shown or stored in
     * clear, and the person gets in through a one-time link.
     */
    static String forUser(IdentityService identity, User user) {
        var policy = identity.getPasswordPolicy();
        List<String> data = userData(user);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String candidate = draw(RANDOM, data);
            if (policy == null
                    || identity.checkPasswordAgainstPolicy(candidate, user).isValid()) {
                return candidate;
            }
        }
        throw new IllegalStateException("No random secret met the password policy for user " + user.getId()
                + "; the policy asks for more than one upper-case letter, lower-case letter or digit");
    }

    /** What Camunda's user-data rule compares a password with: login, first and last name, e-mail. */
    static List<String> userData(User user) {
        List<String> data = new ArrayList<>();
        for (String value : new String[] {user.getId(), user.getFirstName(), user.getLastName(), user.getEmail()}) {
            if (value != null && !value.isEmpty()) {
                data.add(value);
            }
        }
        return data;
    }

    /**
     * Mostly special characters, with exactly one upper-case letter, one lower-case letter and one digit, each drawn
     * only from characters that occur in none of {@code userData} (compared as the policy does, ignoring case): a
     * password without any character of a value cannot contain that value. Should the user data use up a whole
     * alphabet (not seen in real names), that alphabet is used whole and the policy check decides.
     */
    static String draw(Random random, List<String> userData) {
        Set<Character> used = characters(userData);
        String specials = without(SPECIALS, used);
        if (specials.length() < 4) {
            specials = SPECIALS;
        }
        String[] singles = {without(UPPER, used), without(LOWER, used), without(DIGITS, used)};
        String[] full = {UPPER, LOWER, DIGITS};
        StringBuilder password = new StringBuilder();
        int count = (int) Math.ceil(BITS / (Math.log(specials.length()) / Math.log(2)));
        for (int i = 0; i < count; i++) {
            password.append(specials.charAt(random.nextInt(specials.length())));
        }
        for (int k = 0; k < singles.length; k++) {
            String alphabet = singles[k].isEmpty() ? full[k] : singles[k];
            password.insert(random.nextInt(password.length() + 1), alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    /** Every character of the values in every case the policy (or the JVM's locale) might compare it in. */
    private static Set<Character> characters(List<String> values) {
        Set<Character> chars = new HashSet<>();
        for (String value : values) {
            for (String form : new String[] {
                value,
                value.toUpperCase(),
                value.toUpperCase(Locale.ROOT),
                value.toLowerCase(),
                value.toLowerCase(Locale.ROOT)
            }) {
                for (char c : Objects.requireNonNull(form).toCharArray()) {
                    chars.add(c);
                }
            }
        }
        return chars;
    }

    private static String without(String alphabet, Set<Character> used) {
        StringBuilder kept = new StringBuilder();
        for (char c : alphabet.toCharArray()) {
            boolean clash = used.contains(c);
            for (String form : new String[] {
                String.valueOf(c).toUpperCase(),
                String.valueOf(c).toUpperCase(Locale.ROOT),
                String.valueOf(c).toLowerCase(),
                String.valueOf(c).toLowerCase(Locale.ROOT)
            }) {
                for (char f : form.toCharArray()) {
                    clash |= used.contains(f);
                }
            }
            if (!clash) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
