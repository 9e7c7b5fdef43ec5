package dk.skolehjem.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.TestSchools;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.roster.RosterImportService;
import dk.skolehjem.schoolyear.SchoolYearRollout;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The outbox against a real SMTP server (GreenMail): a guardian's new task gives exactly one e-mail; while the
 * server is down nothing is lost and the message goes once it is back; a sender that stopped midway (a restart) is
 * taken over without sending twice; digests and quiet hours hold messages back. The application's own sender has
 * no SMTP server in the demo, so each test drives a sender of its own (as a restarted application would be) with a
 * clock it moves.
 */
@SkoleHjemIT
class MailOutboxIT {

    private static final ZoneId CPH = ZoneId.of("Europe/Copenhagen");
    /** A free port, chosen once, so that restarting the server (it "comes back") keeps the address. */
    private static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    private static GreenMail greenMail;

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Autowired
    Outbox outbox;

    @Autowired
    Preferences preferences;

    @Autowired
    MailComposer composer;

    @Autowired
    IdentityService identity;

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    RosterImportService roster;

    @Autowired
    SchoolYearRollout rollout;

    private final MovableClock clock = new MovableClock();

    @BeforeAll
    static void smtp() {
        greenMail = new GreenMail(SMTP);
        greenMail.start();
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopSmtp() {
        greenMail.stop();
    }

    @BeforeEach
    void emptyOutbox() throws Exception {
        TestSchools.ensureAnden(roster, rollout, identity);
        clock.set(LocalDateTime.now(CPH).plusDays(1).withHour(12));
        // whatever other tests left waiting goes now, so each test counts only its own mail
        sender().deliverDue();
        jdbc.getJdbcTemplate().update("delete from app.notification_preference");
        greenMail.purgeEmailFromAllMailboxes();
    }

    @org.springframework.beans.factory.annotation.Autowired
    dk.skolehjem.family.ProcessStarts starts;

    @org.springframework.beans.factory.annotation.Autowired
    dk.skolehjem.login.LoginLinks loginLinks;

    @Test
    void aGuardiansNewTaskGivesExactlyOneEmail() throws Exception {
        String key = SchoolYear.of(LocalDate.now()) + ":anden:3.B";
        // the teacher asks the family for a talk, as the class's page does it
        starts.start(
                "anden-laerer",
                "talk-request",
                starts.student("anden-laerer", "talk-request", "a-e2").orElseThrow(),
                Map.of("requestAbout", "Lektier"));
        var talk = runtime.createProcessInstanceQuery()
                .processDefinitionKey("needs-talk")
                .processInstanceBusinessKey(key + ":a-e2")
                .active()
                .list()
                .get(0);
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(talk.getId())
                        .taskDefinitionKey("proposeTime")
                        .singleResult()
                        .getId(),
                Map.of(
                        "talkDate",
                        LocalDate.now(CPH).plusDays(7).toString(),
                        "talkTime",
                        "15:00",
                        "talkPlace",
                        "Mødelokale 1"));

        assertThat(sender().deliverDue()).isPositive();
        List<MimeMessage> toNina = to("nina@anden.example");
        assertThat(toNina).as("the guardian with custody is told once").hasSize(1);
        assertThat(toNina.get(0).getSubject()).isEqualTo("Ny opgave: Passer tiden til behovssamtalen?");
        String text = text(toNina.get(0));
        assertThat(text).contains("Du har fået en opgave i Skole-hjem", "/foraeldre/opgave/");
        assertThat(text)
                .as("a family's task opens on Mit barn; links start with skolehjem.public-url (the tests' default)")
                .contains("http://localhost:8080/foraeldre/opgave/")
                .doesNotContain("/camunda/");
        assertThat(to("lis@anden.example"))
                .as("the teacher who made the task is not told about it")
                .isEmpty();

        sender().deliverDue();
        assertThat(to("nina@anden.example")).as("nothing is sent twice").hasSize(1);
    }

    @Test
    void whileTheMailServerIsDownNothingIsLost_andItGoesOnceItIsBack() throws Exception {
        long id = queue("anden-leder", NotificationKind.MINUTES_READY, "Referat fra mødet");
        greenMail.stop();
        try {
            assertThat(sender().deliverDue()).isZero();
            assertThat(outbox.find(id).orElseThrow()).satisfies(r -> {
                assertThat(r.status()).isEqualTo(Outbox.PENDING);
                assertThat(r.attempts()).isEqualTo(1);
                assertThat(r.lastError()).isNotBlank();
                assertThat(r.nextAttemptAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
            });
            clock.move(Duration.ofSeconds(30));
            assertThat(sender().deliverDue()).as("not before the pause is over").isZero();
            assertThat(outbox.find(id).orElseThrow().attempts()).isEqualTo(1);
        } finally {
            greenMail = new GreenMail(SMTP);
            greenMail.start();
        }
        clock.move(Duration.ofMinutes(1));
        sender().deliverDue();
        assertThat(to("anders@anden.example"))
                .singleElement()
                .extracting(this::subject)
                .isEqualTo("Referat fra mødet");
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Outbox.SENT);
        sender().deliverDue();
        assertThat(to("anders@anden.example"))
                .as("once, however often the outbox is looked through")
                .hasSize(1);
    }

    @Test
    void aDatabaseErrorAfterAMailWentOut_neitherSendsItTwiceNorStopsTheRestOfTheBatch() throws Exception {
        long toLeader = queue("anden-leder", NotificationKind.REMINDER, "Husk mødet");
        long toTeacher = queue("anden-laerer", NotificationKind.REMINDER, "Husk samtalen");
        var failures = new java.util.concurrent.atomic.AtomicInteger(1);
        Outbox flaky = new Outbox(jdbc) {
            @Override
            void sent(long id, Instant at) {
                if (failures.getAndDecrement() > 0) {
                    throw new org.springframework.dao.DataAccessResourceFailureException("forbindelsen faldt");
                }
                super.sent(id, at);
            }
        };
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost(SMTP.getBindAddress());
        mail.setPort(SMTP.getPort());
        OutboxSender node = new OutboxSender(flaky, preferences, composer, provider(mail), identity, clock);

        assertThat(node.deliverDue())
                .as("both went out, the database error notwithstanding")
                .isEqualTo(2);
        assertThat(to("anders@anden.example")).hasSize(1);
        assertThat(to("lis@anden.example")).hasSize(1);
        assertThat(node.unrecorded())
                .as("one sent mail waits for the database to record it")
                .isEqualTo(1);
        assertThat(List.of(
                        outbox.find(toLeader).orElseThrow().status(),
                        outbox.find(toTeacher).orElseThrow().status()))
                .containsExactlyInAnyOrder(Outbox.SENT, Outbox.SENDING);

        clock.move(OutboxSender.STALE_CLAIM.plusMinutes(1));
        node.deliverDue();
        sender().deliverDue();
        assertThat(node.unrecorded()).isZero();
        assertThat(outbox.find(toLeader).orElseThrow().status()).isEqualTo(Outbox.SENT);
        assertThat(outbox.find(toTeacher).orElseThrow().status()).isEqualTo(Outbox.SENT);
        assertThat(to("anders@anden.example")).as("never twice").hasSize(1);
        assertThat(to("lis@anden.example")).as("never twice").hasSize(1);
    }

    @Test
    void aSenderThatStoppedMidwayIsTakenOverAfterARestart_andNothingGoesTwice() throws Exception {
        long id = queue("anden-leder", NotificationKind.REMINDER, "Husk samtalen");
        assertThat(outbox.claim(id, clock.instant()))
                .as("the first sender claims it, then the application stops")
                .isTrue();
        OutboxSender restarted = sender();
        restarted.deliverDue();
        assertThat(to("anders@anden.example"))
                .as("claimed by a sender that may still be running")
                .isEmpty();
        clock.move(OutboxSender.STALE_CLAIM.plusMinutes(1));
        restarted.deliverDue();
        sender().deliverDue();
        assertThat(to("anders@anden.example")).hasSize(1);
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Outbox.SENT);
    }

    @Test
    void aDigestIsOneEmailAtTheChosenHour_andQuietHoursHoldBackAllButALoginLink() throws Exception {
        clock.set(LocalDateTime.now(CPH).plusDays(1).withHour(10).withMinute(0));
        preferences.save("anden-foraelder", new Preferences.Preference(Preferences.Mode.DIGEST, 16, 18, 7));
        queue("anden-foraelder", NotificationKind.MINUTES_READY, "Referat fra forældremødet");
        queue("anden-foraelder", NotificationKind.REMINDER, "Husk at booke en tid");
        queue("anden-foraelder", NotificationKind.NEW_TASK, "Ny opgave: Ønsker I en behovssamtale?");
        sender().deliverDue();
        assertThat(to("aage@anden.example")).as("before the digest hour").isEmpty();
        clock.set(clock.local().withHour(16));
        sender().deliverDue();
        List<MimeMessage> digest = to("aage@anden.example");
        assertThat(digest).hasSize(1);
        assertThat(subject(digest.get(0))).isEqualTo("Skole-hjem: 3 nye beskeder");
        assertThat(text(digest.get(0))).contains("Referat fra forældremødet", "Husk at booke en tid", "Ny opgave");

        greenMail.purgeEmailFromAllMailboxes();
        clock.set(clock.local().withHour(19));
        queue("anden-leder", NotificationKind.REMINDER, "Husk referatet");
        long link = queue("anden-leder", NotificationKind.LOGIN_LINK, "Dit link til Skole-hjem");
        sender().deliverDue();
        assertThat(to("anders@anden.example"))
                .as("only the login link in the quiet hours")
                .singleElement()
                .extracting(this::subject)
                .isEqualTo("Dit link til Skole-hjem");
        assertThat(outbox.find(link).orElseThrow().link())
                .as("the token is not kept once it has gone")
                .isNull();
        clock.set(clock.local().plusDays(1).withHour(7));
        sender().deliverDue();
        assertThat(to("anders@anden.example"))
                .extracting(this::subject)
                .containsExactly("Dit link til Skole-hjem", "Husk referatet");
    }

    @Test
    void theOperatorSeesHowDeliveryGoes_neverWhatAMessageSaysNorALoginLink_nobodyElseSeesIt() {
        long id = queue("anden-foraelder", NotificationKind.MINUTES_READY, "Referat fra skole-hjem-samtalen om Nina");
        String token = loginLinks.issue("a-g2");
        var admin = dk.skolehjem.Http.as(port, "demo");
        var page = admin.get("/admin/udbakke?modtager=anden-foraelder");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "Udbakke",
                        "anden-foraelder",
                        "Referat klar",
                        "Venter",
                        "Oprettet",
                        "Forsøg",
                        "Næste forsøg",
                        "Sendt")
                .doesNotContain("Referat fra skole-hjem-samtalen om Nina", "Læs mere i Skole-hjem.");
        assertThat(admin.get("/admin/udbakke/" + id).status())
                .as("no page with a message's text")
                .isEqualTo(404);
        var links = admin.get("/admin/udbakke?modtager=a-g2");
        assertThat(links.body())
                .contains("a-g2", "Loginlink", "Venter")
                .doesNotContain(token, "/login/link?t=", "Brug linket til at vælge din adgangskode");
        assertThat(dk.skolehjem.Http.as(port, "foraelder1")
                        .get("/admin/udbakke")
                        .status())
                .isEqualTo(404);
        assertThat(dk.skolehjem.Http.as(port, "leder").get("/admin/udbakke").status())
                .isEqualTo(404);
    }

    @Test
    void afterALoginLinkIsMade_noPageTheOperatorCanOpenShowsItsToken() {
        String token = loginLinks.issue("a-g2");
        long row = jdbc.getJdbcTemplate()
                .queryForObject("select max(id) from app.notification where kind = 'LOGIN_LINK'", Long.class);
        assertThat(outbox.find(row).orElseThrow().link())
                .as("until it is sent, the outbox keeps it to send it")
                .isEqualTo("/login/link?t=" + token);
        var operator = dk.skolehjem.Http.as(port, "demo");
        for (String path : List.of(
                "/admin/udbakke",
                "/admin/udbakke?modtager=a-g2",
                "/admin/udbakke/" + row,
                "/engine-rest/user?maxResults=500",
                "/engine-rest/user/a-g2/profile",
                "/engine-rest/history/user-operation?maxResults=500",
                "/engine-rest/variable-instance?maxResults=500",
                "/engine-rest/history/variable-instance?maxResults=500",
                "/engine-rest/job?maxResults=500",
                "/engine-rest/incident",
                "/engine-rest/process-instance?maxResults=500")) {
            var answer = operator.get(path);
            assertThat(answer.body()).as(path + " (" + answer.status() + ")").doesNotContain(token, "login/link");
        }
        // and in the webapps the operator uses (Admin, Cockpit), through their own engine API
        var webapp = dk.skolehjem.Http.webapp(port, "demo", "admin");
        for (String path : List.of(
                "/camunda/app/admin/default/",
                "/user?maxResults=500",
                "/user/a-g2/profile",
                "/history/user-operation?maxResults=500",
                "/history/variable-instance?maxResults=500")) {
            String full = path.startsWith("/camunda/") ? path : dk.skolehjem.Http.ENGINE + path;
            var answer = webapp.get(full);
            assertThat(answer.body()).as(full + " (" + answer.status() + ")").doesNotContain(token, "login/link");
        }
    }

    @Test
    void theOutboxForgetsALoginLinkOnceItCannotBeSent_orHasExpired() {
        long failed = queue("ingen-saadan-bruger", NotificationKind.LOGIN_LINK, "Dit link til Skole-hjem");
        sender().deliverDue();
        assertThat(outbox.find(failed).orElseThrow()).satisfies(r -> {
            assertThat(r.status()).as("nobody to send it to").isEqualTo(Outbox.FAILED);
            assertThat(r.link()).as("a link given up on is forgotten").isNull();
        });

        long waiting = queue("anden-leder", NotificationKind.LOGIN_LINK, "Dit link til Skole-hjem");
        long other = queue("anden-leder", NotificationKind.REMINDER, "Husk samtalen");
        LoginLinkForgetting forgetting = new LoginLinkForgetting(outbox, clock, Duration.ofDays(3));
        forgetting.forget();
        assertThat(outbox.find(waiting).orElseThrow().link())
                .as("still of use: kept to be sent")
                .isNotNull();
        clock.move(Duration.ofDays(3).plusMinutes(1));
        forgetting.forget();
        assertThat(outbox.find(waiting).orElseThrow()).satisfies(r -> {
            assertThat(r.status())
                    .as("a mail whose link no longer works is not sent")
                    .isEqualTo(Outbox.CANCELLED);
            assertThat(r.link()).isNull();
            assertThat(r.lastError()).isEqualTo("Linket udløb, før det blev sendt.");
        });
        assertThat(outbox.find(other).orElseThrow().link())
                .as("other messages keep their links")
                .isEqualTo("/foraeldre");
        assertThat(dk.skolehjem.Http.as(port, "demo")
                        .get("/admin/udbakke?modtager=anden-leder")
                        .body())
                .contains("Annulleret", "Linket udløb, før det blev sendt.");
        sender().deliverDue();
        assertThat(to("anders@anden.example")).extracting(this::subject).containsExactly("Husk samtalen");
    }

    @Test
    void eachPersonChoosesDigestAndQuietHoursOnTheirOwnPage_badValuesChangeNothing() {
        var parent = dk.skolehjem.Http.as(port, "foraelder1");
        var page = parent.get("/foraeldre/beskeder");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Med det samme", "Stille timer");
        var saved = parent.postForm(
                "/foraeldre/beskeder", Map.of("mode", "DIGEST", "digestHour", "17", "quietFrom", "20", "quietTo", "6"));
        assertThat(saved.body()).contains("Dit valg er gemt.");
        assertThat(preferences.of("foraelder1"))
                .isEqualTo(new Preferences.Preference(Preferences.Mode.DIGEST, 17, 20, 6));
        var bad = parent.postForm(
                "/foraeldre/beskeder", Map.of("mode", "OFTE", "digestHour", "25", "quietFrom", "20", "quietTo", "6"));
        assertThat(bad.body())
                .contains(
                        "Dit valg er ikke gemt",
                        "Vælg, om du vil have beskederne",
                        "Feltet &#39;Tidspunkt for den daglige samling&#39; skal være et klokkeslæt fra 0 til 23.");
        assertThat(preferences.of("foraelder1").digestHour()).isEqualTo(17);
        assertThat(dk.skolehjem.Http.as(port, "laerer")
                        .get("/foraeldre/beskeder")
                        .body())
                .as("one's own choice only")
                .contains("Med det samme");
    }

    private long queue(String recipient, NotificationKind kind, String subject) {
        new OutboxNotificationPort(jdbc, preferences, clock)
                .send(new Notification(recipient, kind, subject, "Læs mere i Skole-hjem.", "/foraeldre", null, null));
        return jdbc.getJdbcTemplate().queryForObject("select max(id) from app.notification", Long.class);
    }

    private OutboxSender sender() {
        JavaMailSenderImpl mail = new JavaMailSenderImpl();
        mail.setHost(SMTP.getBindAddress());
        mail.setPort(SMTP.getPort());
        mail.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        mail.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        return new OutboxSender(outbox, preferences, composer, provider(mail), identity, clock);
    }

    private List<MimeMessage> to(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().equals(address));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The plain-text part as the reader sees it (decoded). */
    private static String text(jakarta.mail.Part part) {
        try {
            if (part.isMimeType("text/plain")) {
                return (String) part.getContent();
            }
            if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
                for (int i = 0; i < multipart.getCount(); i++) {
                    String found = text(multipart.getBodyPart(i));
                    if (found != null) {
                        return found;
                    }
                }
            }
            return null;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectProvider<JavaMailSender> provider(JavaMailSender mail) {
        return new ObjectProvider<>() {
            @Override
            public JavaMailSender getObject() {
                return mail;
            }

            @Override
            public JavaMailSender getObject(Object... args) {
                return mail;
            }

            @Override
            public JavaMailSender getIfAvailable() {
                return mail;
            }

            @Override
            public JavaMailSender getIfUnique() {
                return mail;
            }
        };
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);

        void set(LocalDateTime local) {
            now = local.atZone(CPH).toInstant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        LocalDateTime local() {
            return LocalDateTime.ofInstant(now, CPH);
        }

        @Override
        public ZoneId getZone() {
            return CPH;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
