package dk.skolehjem.login;

import dk.skolehjem.notification.Notification;
import dk.skolehjem.notification.NotificationKind;
import dk.skolehjem.notification.NotificationPort;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * First login and forgotten passwords without ever e-mailing a password: a link with a random token (256 bits)
 * that works once and expires; only the token's SHA-256 is stored, so the table alone lets nobody in.
 */
@Service
public class LoginLinks {

    /** Why a link cannot be used. */
    public enum Refusal {
        UNKNOWN,
        USED,
        EXPIRED
    }

    /** A link that cannot be used, with the reason. */
    public static final class Refused extends RuntimeException {
        private final Refusal reason;

        Refused(Refusal reason) {
            super(reason.name());
            this.reason = reason;
        }

        public Refusal reason() {
            return reason;
        }
    }

    static final int MIN_PASSWORD = 10;
    /** Links asked for per person and hour, so the page cannot be used to flood someone's mailbox. */
    static final int MAX_PER_HOUR = 3;

    private final NamedParameterJdbcTemplate jdbc;
    private final NotificationPort notifications;
    private final IdentityService identity;
    private final Clock clock;
    private final Duration validFor;
    private final SecureRandom random = new SecureRandom();

    LoginLinks(
            NamedParameterJdbcTemplate jdbc,
            NotificationPort notifications,
            IdentityService identity,
            Clock clock,
            @Value("${skolehjem.login-link.valid-for:P3D}") Duration validFor) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.identity = identity;
        this.clock = clock;
        this.validFor = validFor;
    }

    /** Makes a link for the user and puts it in the outbox (sent at once, even in quiet hours); returns the token. */
    @Transactional
    public String issue(String userId) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.update(
                "insert into app.login_link (user_id, token_hash, created_at, expires_at) values (:u, :h, :now, :exp)",
                Map.of(
                        "u",
                        userId,
                        "h",
                        hash(token),
                        "now",
                        Timestamp.from(now),
                        "exp",
                        Timestamp.from(now.plus(validFor))));
        notifications.send(new Notification(
                userId,
                NotificationKind.LOGIN_LINK,
                "Dit link til Skole-hjem",
                "Brug linket til at vælge din adgangskode til Skole-hjem. Det virker én gang og udløber om "
                        + validFor.toDays() + " dage. Har du ikke bedt om det, kan du se bort fra denne e-mail.",
                "/login/link?t=" + token,
                null,
                null));
        return token;
    }

    /** A new link for whoever has this login or e-mail address, unless they asked too often; says nothing either way. */
    @Transactional
    public void requestNew(String loginOrEmail) {
        String wanted = loginOrEmail == null ? "" : loginOrEmail.trim();
        if (wanted.isEmpty() || wanted.length() > 200) {
            return;
        }
        List<User> users = identity.createUserQuery().userId(wanted).list();
        if (users.isEmpty()) {
            users = identity.createUserQuery().userEmail(wanted).list();
        }
        for (User user : users) {
            Integer recent = jdbc.queryForObject(
                    "select count(*) from app.login_link where user_id = :u and created_at > :since",
                    Map.of(
                            "u",
                            user.getId(),
                            "since",
                            Timestamp.from(clock.instant().minus(Duration.ofHours(1)))),
                    Integer.class);
            if (recent == null || recent < MAX_PER_HOUR) {
                issue(user.getId());
            }
        }
    }

    /** Whose link this is, if it can still be used. */
    public String check(String token) {
        var rows = jdbc.queryForList(
                "select user_id, expires_at, used_at from app.login_link where token_hash = :h",
                Map.of("h", hash(token == null ? "" : token)));
        if (rows.isEmpty()) {
            throw new Refused(Refusal.UNKNOWN);
        }
        Map<String, Object> row = rows.get(0);
        if (row.get("used_at") != null) {
            throw new Refused(Refusal.USED);
        }
        if (!((Timestamp) row.get("expires_at")).toInstant().isAfter(clock.instant())) {
            throw new Refused(Refusal.EXPIRED);
        }
        return (String) row.get("user_id");
    }

    /** The password's problem in Danish, or empty when it is good enough. */
    static Optional<String> passwordProblem(String userId, String password, String repeated) {
        if (password == null || password.length() < MIN_PASSWORD) {
            return Optional.of("Adgangskoden skal være mindst " + MIN_PASSWORD + " tegn.");
        }
        if (password.length() > 200) {
            return Optional.of("Adgangskoden må højst være 200 tegn.");
        }
        if (password.equalsIgnoreCase(userId)) {
            return Optional.of("Adgangskoden må ikke være dit brugernavn.");
        }
        if (!password.equals(repeated)) {
            return Optional.of("De to adgangskoder er ikke ens.");
        }
        return Optional.empty();
    }

    /**
     * What the municipality's password policy (Camunda's, on in production) still misses, in Danish, or empty. Asked
     * before the link is used, so a refused password never costs the person their link.
     */
    public Optional<String> policyProblem(String userId, String password) {
        if (identity.getPasswordPolicy() == null) {
            return Optional.empty();
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        PasswordPolicyResult result = identity.checkPasswordAgainstPolicy(password, user);
        return result.isValid() ? Optional.empty() : describe(result.getViolatedRules());
    }

    /** The policy's rules in Danish, shown before the person types, or empty when no policy is on. */
    public Optional<String> policyRules() {
        var policy = identity.getPasswordPolicy();
        return policy == null || policy.getRules() == null ? Optional.empty() : describe(policy.getRules());
    }

    /** Rules (all of a policy, or those a password broke) as one or two Danish sentences; empty for none. */
    static Optional<String> describe(List<PasswordPolicyRule> rules) {
        if (rules == null || rules.isEmpty()) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        boolean userData = false;
        boolean other = false;
        for (PasswordPolicyRule rule : rules) {
            Map<String, String> p = rule.getParameters() == null ? Map.of() : rule.getParameters();
            switch (rule.getPlaceholder()) {
                case "PASSWORD_POLICY_LENGTH" -> missing.add("mindst " + p.getOrDefault("minLength", "10") + " tegn");
                case "PASSWORD_POLICY_LOWERCASE" ->
                    missing.add(count(p.get("minLowerCase"), "et lille bogstav", "små bogstaver"));
                case "PASSWORD_POLICY_UPPERCASE" ->
                    missing.add(count(p.get("minUpperCase"), "et stort bogstav", "store bogstaver"));
                case "PASSWORD_POLICY_DIGIT" -> missing.add(count(p.get("minDigit"), "et tal", "tal"));
                case "PASSWORD_POLICY_SPECIAL" ->
                    missing.add(count(
                            p.get("minSpecial"),
                            "et tegn, der hverken er bogstav eller tal (fx ! eller -)",
                            "tegn, der hverken er bogstaver eller tal (fx ! eller -)"));
                case "PASSWORD_POLICY_USER_DATA" -> userData = true;
                default -> other = true;
            }
        }
        List<String> sentences = new ArrayList<>();
        if (!missing.isEmpty()) {
            sentences.add("Adgangskoden skal have "
                    + joined(missing.stream().distinct().toList()) + ".");
        }
        if (userData) {
            sentences.add((sentences.isEmpty() ? "Adgangskoden" : "Den")
                    + " må ikke indeholde dit navn, dit brugernavn eller din e-mailadresse.");
        }
        if (other) {
            sentences.add(
                    sentences.isEmpty()
                            ? "Adgangskoden skal opfylde kommunens regler for adgangskoder."
                            : "Den skal også opfylde kommunens øvrige regler for adgangskoder.");
        }
        return Optional.of(String.join(" ", sentences));
    }

    /** "et tal" for one, "mindst 2 tal" for more. */
    private static String count(String min, String one, String many) {
        int n;
        try {
            n = min == null ? 1 : Integer.parseInt(min.trim());
        } catch (NumberFormatException e) {
            n = 1;
        }
        return n <= 1 ? one : "mindst " + n + " " + many;
    }

    /** "a", "a og b", "a, b og c". */
    private static String joined(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " og " + parts.get(parts.size() - 1);
    }

    /** Uses the link (once: of two at the same moment only one succeeds) and sets the password; returns the user. */
    @Transactional
    public String redeem(String token, String password) {
        String userId = check(token);
        int used = jdbc.update(
                "update app.login_link set used_at = :now where token_hash = :h and used_at is null "
                        + "and expires_at > :now",
                Map.of("h", hash(token), "now", Timestamp.from(clock.instant())));
        if (used != 1) {
            throw new Refused(Refusal.USED);
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            throw new Refused(Refusal.UNKNOWN);
        }
        user.setPassword(password);
        identity.saveUser(user);
        return userId;
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
