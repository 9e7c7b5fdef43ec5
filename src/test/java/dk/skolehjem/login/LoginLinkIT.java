package dk.skolehjem.login;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.Http;
import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.TestSchools;
import dk.skolehjem.roster.RosterImportService;
import dk.skolehjem.schoolyear.SchoolYearRollout;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * First login over HTTP: the one-time link lets a guardian choose a password and lands them logged in on
 * "Mit barn"; a used, expired or unknown link gets a clear Danish page and a way to ask for a new one; the link
 * cannot be guessed (256 random bits) and only its hash is stored.
 */
@SkoleHjemIT
class LoginLinkIT {

    @LocalServerPort
    int port;

    @Autowired
    LoginLinks links;

    @Autowired
    IdentityService identity;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RosterImportService roster;

    @Autowired
    SchoolYearRollout rollout;

    private String user;

    @BeforeEach
    void aGuardianWithoutAPassword() {
        TestSchools.ensureAnden(roster, rollout, identity);
        user = "link-" + UUID.randomUUID().toString().substring(0, 8);
        var u = identity.newUser(user);
        u.setEmail(user + "@anden.example");
        u.setPassword(UUID.randomUUID().toString());
        identity.saveUser(u);
        identity.createMembership(user, "guardians-anden");
    }

    @AfterEach
    void removeUser() {
        identity.deleteUser(user);
    }

    @Test
    void theLinkLetsTheGuardianChooseAPasswordOnce_andLandsThemOnMitBarn() {
        String token = links.issue(user);
        assertThat(token).as("256 random bits, URL-safe").matches("[A-Za-z0-9_-]{43}");
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.login_link where token_hash = ?", Integer.class, token))
                .as("the token itself is not stored")
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.login_link where token_hash = ?",
                        Integer.class,
                        LoginLinks.hash(token)))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.notification where recipient = ? and kind = 'LOGIN_LINK'",
                        Integer.class,
                        user))
                .as("the link goes by e-mail (outbox)")
                .isEqualTo(1);

        String original = storedPassword();
        Http browser = Http.anonymous(port);
        Http.Answer page = browser.get("/login/link?t=" + token);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Vælg din adgangskode", user);

        Http.Answer tooShort =
                browser.postForm("/login/link", Map.of("t", token, "password", "kort", "repeated", "kort"));
        assertThat(tooShort.body()).contains("Adgangskoden skal være mindst 10 tegn.");
        Http.Answer different = browser.postForm(
                "/login/link", Map.of("t", token, "password", "Sommerfugl-2026", "repeated", "Sommerfugl-2027"));
        assertThat(different.body()).contains("De to adgangskoder er ikke ens.");
        // (checking a wrong password would lock the login for a while, so the stored hash is compared instead)
        assertThat(storedPassword()).as("nothing changed yet").isEqualTo(original);

        Http.Answer chosen = browser.postForm(
                "/login/link", Map.of("t", token, "password", "Sommerfugl-2026", "repeated", "Sommerfugl-2026"));
        assertThat(chosen.status()).isEqualTo(302);
        assertThat(browser.lastLocation())
                .as("a guardian lands on Mit barn, never in Camunda")
                .endsWith("/foraeldre");
        assertThat(browser.getWithSession("/foraeldre").status())
                .as("logged in by the link")
                .isEqualTo(200);
        assertThat(identity.checkPassword(user, "Sommerfugl-2026")).isTrue();

        Http.Answer again = Http.anonymous(port).get("/login/link?t=" + token);
        assertThat(again.body()).contains("Linket er allerede brugt", "Bed om et nyt link");
        Http.Answer replay = Http.anonymous(port)
                .postForm(
                        "/login/link",
                        Map.of("t", token, "password", "Andet-kodeord-1", "repeated", "Andet-kodeord-1"));
        assertThat(replay.body()).contains("Linket er allerede brugt");
        assertThat(identity.checkPassword(user, "Sommerfugl-2026"))
                .as("the password chosen stays")
                .isTrue();
    }

    @Test
    void anExpiredOrUnknownLinkIsExplained() {
        String token = links.issue(user);
        jdbc.update("update app.login_link set expires_at = created_at where token_hash = ?", LoginLinks.hash(token));
        assertThat(Http.anonymous(port).get("/login/link?t=" + token).body())
                .contains("Linket er udløbet", "/login/nyt-link");
        assertThat(Http.anonymous(port).get("/login/link?t=gaet-et-link").body())
                .contains("Linket findes ikke");
        assertThat(Http.anonymous(port).get("/login/link").body()).contains("Linket findes ikke");
    }

    @Test
    void aNewLinkCanBeAskedFor_theAnswerNeverRevealsWhoExists_andItCannotFloodAMailbox() {
        Http browser = Http.anonymous(port);
        Http.Answer known = browser.postForm("/login/nyt-link", Map.of("login", user + "@anden.example"));
        Http.Answer unknown = browser.postForm("/login/nyt-link", Map.of("login", "ingen-saadan@example.org"));
        assertThat(known.status()).isEqualTo(200);
        assertThat(known.body()).contains("Hvis vi kender dig, har vi sendt et nyt link");
        assertThat(unknown.body()).isEqualTo(known.body());
        for (int i = 0; i < 5; i++) {
            browser.postForm("/login/nyt-link", Map.of("login", user));
        }
        assertThat(jdbc.queryForObject("select count(*) from app.login_link where user_id = ?", Integer.class, user))
                .as("at most three an hour")
                .isEqualTo(LoginLinks.MAX_PER_HOUR);
    }

    @Test
    void everyoneTheRosterGivesALoginGetsAFirstLoginLink() {
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.login_link where user_id in ('a-g2', 'anden-laerer')", Integer.class))
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aFormFromAnotherSiteIsRefused() throws Exception {
        String token = links.issue(user);
        String original = storedPassword();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login/link"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "t=" + token + "&password=Sommerfugl-2026&repeated=Sommerfugl-2026"))
                .build();
        assertThat(HttpClient.newHttpClient()
                        .send(request, HttpResponse.BodyHandlers.ofString())
                        .statusCode())
                .isEqualTo(403);
        assertThat(storedPassword()).isEqualTo(original);
    }

    private String storedPassword() {
        return jdbc.queryForObject("select pwd_ from act_id_user where id_ = ?", String.class, user);
    }
}
