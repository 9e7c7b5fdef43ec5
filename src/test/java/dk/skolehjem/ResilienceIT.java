package dk.skolehjem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.conference.RoundPublishing;
import dk.skolehjem.minutes.ExampleDocuments;
import dk.skolehjem.notification.Notification;
import dk.skolehjem.notification.NotificationKind;
import dk.skolehjem.notification.NotificationPort;
import dk.skolehjem.policy.PolicyRegistry;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reliability drills as code, on PostgreSQL ({@code -Ppostgres}): two application nodes on one database, each with
 * its job executor and its outbox sender. Every e-mail goes once and every document is written once, across both
 * nodes, through a node's restart in the middle of the work and through the mail server going down and up; 50
 * answers to one task at once and 200 bookings at once, spread over both nodes, get no 500 (with a pool of ten
 * connections a node).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResilienceIT {

    private static final String DATABASE =
            System.getProperty("skolehjem.it.postgres.database", "skolehjem_it") + "_resilience";
    private static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static final Pattern SLOT = Pattern.compile("name=\"slot\" value=\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static GreenMail mail;
    private static String url;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void twoNodes() {
        mail = new GreenMail(SMTP);
        mail.start();
        url = TestDatabase.recreate(DATABASE);
        first = node("demo");
        second = node("default");
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
        mail.stop();
        ClockUtil.reset();
    }

    /** Noon, so no e-mail waits for the end of anyone's quiet hours. */
    @BeforeEach
    void noon() throws Exception {
        ClockUtil.setCurrentTime(Date.from(LocalDate.now(DanishDates.ZONE)
                .atTime(12, 0)
                .atZone(DanishDates.ZONE)
                .toInstant()));
        mail.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    @Order(1)
    void twoNodesSendEachEmailOnce() throws Exception {
        List<String> recipients = recipients(30);
        List<Long> ids = queue(recipients, "To noder");
        awaitSent(ids);
        assertThat(perRecipient("To noder"))
                .as("one e-mail per person, whichever node sent it")
                .hasSize(recipients.size())
                .allSatisfy((to, n) -> assertThat(n).as(to).isEqualTo(1));
    }

    @Test
    @Order(2)
    void aNodeRestartedInTheMiddleOfTheDocuments_eachDocumentIsWrittenOnce() throws Exception {
        ProcessEngine engine = first.getBean(ProcessEngine.class);
        engine.getRepositoryService()
                .createDeployment()
                .name("resilience-documents")
                .addClasspathResource("bpmn/document-step.bpmn")
                .enableDuplicateFiltering(true)
                .deploy();
        String document = ExampleDocuments.minutesAsVariable();
        List<String> instances = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ProcessEngine on = (i % 2 == 0 ? first : second).getBean(ProcessEngine.class);
            instances.add(on.getRuntimeService()
                    .startProcessInstanceByKey(
                            "document-step",
                            SchoolYear.of(LocalDate.now()) + ":demo:5.A:e5a01",
                            Map.of("schoolId", "demo", "meetingDocument", document))
                    .getId());
        }
        // the second node stops while the job executors are at work, and comes back
        await().atMost(Duration.ofSeconds(60)).until(() -> documents(instances) > 0);
        second.close();
        second = node("default");
        await().atMost(Duration.ofSeconds(120))
                .until(() -> engine.getRuntimeService()
                                .createProcessInstanceQuery()
                                .processInstanceIds(new java.util.HashSet<>(instances))
                                .count()
                        == 0);
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        for (String id : instances) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from app.document where process_instance_id = ?", Integer.class, id))
                    .as("documents of %s", id)
                    .isEqualTo(1);
        }
    }

    @Test
    @Order(3)
    void theMailServerGoesDownAndUp_nothingIsLostAndNothingDoubled() throws Exception {
        List<String> recipients = recipients(10);
        mail.stop();
        List<Long> ids;
        try {
            ids = queue(recipients, "Mens serveren var nede");
            JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
            String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> jdbc.queryForObject(
                                    "select count(*) from app.notification where attempts > 0 and status = 'PENDING' "
                                            + "and id in (" + in + ")",
                                    Integer.class)
                            == ids.size());
            // the pause before the next attempt is over
            jdbc.update(
                    "update app.notification set next_attempt_at = ? where id in (" + in + ")",
                    new java.sql.Timestamp(ClockUtil.now().getTime()));
        } finally {
            mail = new GreenMail(SMTP);
            mail.start();
        }
        awaitSent(ids);
        assertThat(perRecipient("Mens serveren var nede"))
                .hasSize(recipients.size())
                .allSatisfy((to, n) -> assertThat(n).as(to).isEqualTo(1));
    }

    @Test
    @Order(4)
    void fiftyAnswersToOneTaskAtOnce_oneCounts_noneIs500() throws Exception {
        List<Task> bookings = bookingTasks();
        Task task = bookings.get(0);
        String[] guardians = guardiansOf(task);
        List<Http> sessions = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            sessions.add(Http.family(port(i % 2 == 0 ? first : second), guardians[i % 2]));
        }
        List<Integer> statuses = atOnce(sessions.stream()
                .map(http -> (java.util.concurrent.Callable<Integer>) () -> book(http, task.getId(), 0))
                .toList());
        assertThat(statuses)
                .as("answers")
                .doesNotContainAnyElementsOf(List.of(500, 502, 503))
                .allSatisfy(s -> assertThat(s).isIn(BOOKED, 400, 409));
        assertThat(statuses.stream().filter(s -> s == BOOKED).count())
                .as("one answer counted")
                .isEqualTo(1);
        assertThat(bookedSlots(task)).isEqualTo(1);
    }

    @Test
    @Order(5)
    void twoHundredBookingsAtOnce_noneIs500_noTimeBookedTwice() throws Exception {
        List<Task> bookings = bookingTasks();
        assertThat(bookings).as("families still to book").hasSizeGreaterThan(5);
        List<java.util.concurrent.Callable<Integer>> presses = new ArrayList<>();
        for (int family = 0; presses.size() < 200; family++) {
            Task task = bookings.get(family % bookings.size());
            String[] guardians = guardiansOf(task);
            int aim = family / 2;
            for (int press = 0; press < 2 && presses.size() < 200; press++) {
                Http http = Http.family(port(press == 0 ? first : second), guardians[press]);
                presses.add(() -> book(http, task.getId(), aim));
            }
        }
        List<Integer> statuses = atOnce(presses);
        assertThat(statuses).hasSize(200).allSatisfy(s -> assertThat(s).isIn(BOOKED, 400, 409));
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from (select round_id, booked_student from app.conference_slot "
                                + "where booked_student is not null group by round_id, booked_student "
                                + "having count(*) > 1) d",
                        Integer.class))
                .as("no family holds two times")
                .isZero();
        for (Task task : bookings) {
            assertThat(bookedSlots(task))
                    .as("the family of task %s", task.getId())
                    .isLessThanOrEqualTo(1);
        }
        // each booking the database decided is completed in the engine just after, by one node or the other
        dk.skolehjem.EngineCatchUp.await(jdbc);
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.received_answer where problem is not null", Integer.class))
                .as("answers the engine refused after the database took them")
                .isZero();
        var engineTasks = first.getBean(org.camunda.bpm.engine.TaskService.class);
        for (Task task : bookings) {
            assertThat(engineTasks.createTaskQuery().taskId(task.getId()).count())
                    .as("the task of a family with a booked time is completed, and only then")
                    .isEqualTo(bookedSlots(task) == 1 ? 0 : 1);
        }
    }

    // ---- the nodes

    private static ConfigurableApplicationContext node(String profile) {
        return new SpringApplicationBuilder(SkoleHjemApplication.class)
                .profiles(profile)
                .run(
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + TestDatabase.user(),
                        "--spring.datasource.password=" + TestDatabase.password(),
                        "--server.port=0",
                        // another engine named "default" may already run in this JVM (the shared test application)
                        "--camunda.bpm.generate-unique-process-engine-name=true",
                        // Camunda's webapps keep JVM-wide state that closing a node would take from the shared
                        // test application; the families' portal needs none of them
                        "--camunda.bpm.webapp.enabled=false",
                        "--camunda.bpm.job-execution.lock-time-in-millis=5000",
                        "--camunda.bpm.job-execution.wait-time-in-millis=200",
                        "--camunda.bpm.job-execution.max-wait=1000",
                        "--spring.mail.host=127.0.0.1",
                        "--spring.mail.port=" + SMTP.getPort(),
                        "--skolehjem.mail.poll=PT1S",
                        // a pool smaller than the default, so the bursts below wait for connections
                        "--SKOLEHJEM_DB_POOL=10",
                        "--skolehjem.digest.cron=-",
                        "--SKOLEHJEM_ADMIN_USER=drift",
                        "--SKOLEHJEM_ADMIN_PASSWORD=Drift-hemmelig-2026!");
    }

    private static int port(ConfigurableApplicationContext node) {
        return Integer.parseInt(node.getEnvironment().getProperty("local.server.port"));
    }

    // ---- e-mail

    private static List<String> recipients(int n) {
        return first
                .getBean(JdbcTemplate.class)
                .queryForList(
                        "select ID_ from ACT_ID_USER where EMAIL_ like '%@demoskolen.example' order by ID_",
                        String.class)
                .stream()
                .limit(n)
                .toList();
    }

    private static List<Long> queue(List<String> recipients, String subject) {
        NotificationPort port = first.getBean(NotificationPort.class);
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        long before = jdbc.queryForObject("select coalesce(max(id), 0) from app.notification", Long.class);
        for (String to : recipients) {
            port.send(new Notification(
                    to, NotificationKind.REMINDER, subject, "Læs mere i Skole-hjem.", "/", null, null));
        }
        return jdbc.queryForList(
                "select id from app.notification where id > ? and subject = ? order by id",
                Long.class,
                before,
                subject);
    }

    private static void awaitSent(List<Long> ids) {
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from app.notification where status = 'SENT' and id in (" + in + ")",
                                Integer.class)
                        == ids.size());
        // whatever a slower node might still send would arrive now
        org.awaitility.Awaitility.await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
    }

    private static Map<String, Long> perRecipient(String subject) throws Exception {
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (!subject.equals(m.getSubject())) {
                continue; // the demo's own mail (new tasks, login links) goes out too
            }
            for (var to : m.getRecipients(Message.RecipientType.TO)) {
                counts.merge(to.toString(), 1L, Long::sum);
            }
        }
        return counts;
    }

    // ---- documents

    private static int documents(List<String> instances) {
        String in = instances.stream().map(i -> "'" + i + "'").collect(Collectors.joining(","));
        return first.getBean(JdbcTemplate.class)
                .queryForObject(
                        "select count(*) from app.document where process_instance_id in (" + in + ")", Integer.class);
    }

    // ---- bookings

    /** 5.A's families' booking tasks, the round published once (inside the booking period) and every guardian able to log in. */
    private static List<Task> bookingTasks() {
        ProcessEngine engine = first.getBean(ProcessEngine.class);
        String key = SchoolYear.of(LocalDate.now()) + ":demo:5.A";
        if (engine.getTaskService()
                        .createTaskQuery()
                        .taskDefinitionKey("bookConference")
                        .count()
                == 0) {
            RoundPublishing.publish(
                    engine.getRuntimeService(),
                    engine.getTaskService(),
                    first.getBean(PolicyRegistry.class),
                    "demo",
                    "Demoskolen",
                    "5.A",
                    "distriktsskole-smorum");
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> engine.getTaskService()
                                    .createTaskQuery()
                                    .taskDefinitionKey("bookConference")
                                    .processInstanceBusinessKeyLike(key + ":%")
                                    .count()
                            > 10);
        }
        ClockUtil.setCurrentTime(Date.from(SchoolYear.of(LocalDate.now())
                .date(java.time.MonthDay.of(10, 1))
                .atTime(10, 0)
                .atZone(DanishDates.ZONE)
                .toInstant()));
        return engine.getTaskService()
                .createTaskQuery()
                .taskDefinitionKey("bookConference")
                .processInstanceBusinessKeyLike(key + ":%")
                .list();
    }

    /** The student's two guardians with custody (from the roster), each able to log in with its own name. */
    private static String[] guardiansOf(Task task) {
        String student = studentOf(task);
        List<String> users = first.getBean(JdbcTemplate.class)
                .queryForList(
                        "select guardian_id from app.student_guardian where student_id = ? and custody and active "
                                + "order by guardian_id",
                        String.class,
                        student);
        assertThat(users).as("the guardians of %s", student).isNotEmpty();
        var identity = first.getBean(ProcessEngine.class).getIdentityService();
        for (String user : users) {
            var u = identity.createUserQuery().userId(user).singleResult();
            u.setPassword(user);
            identity.saveUser(u);
        }
        return new String[] {users.get(0), users.get(users.size() - 1)};
    }

    private static String studentOf(Task task) {
        String key = first.getBean(ProcessEngine.class)
                .getHistoryService()
                .createHistoricProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult()
                .getBusinessKey();
        return key.substring(key.lastIndexOf(':') + 1);
    }

    /** Opens the task and submits the {@code aim}-th free time; the answer's status. */
    private static int book(Http http, String taskId, int aim) {
        String page = http.get("/foraeldre/opgave/" + taskId).body();
        var csrf = CSRF.matcher(page);
        List<String> free = SLOT.matcher(page).results().map(m -> m.group(1)).toList();
        if (!csrf.find() || free.isEmpty()) {
            // already answered: submitting anyway must still be answered without a 500
            return receipt(
                    http,
                    http.postForm("/foraeldre/opgave/" + taskId, Map.of("slot", "x", "goingWell", "Igen"))
                            .status());
        }
        int status = http.postForm(
                        "/foraeldre/opgave/" + taskId,
                        Map.of(
                                "slot",
                                free.get(Math.min(aim, free.size() - 1)),
                                "goingWell",
                                "Venskaber",
                                "_csrf",
                                csrf.group(1)))
                .status();
        return receipt(http, status);
    }

    /** A redirect to the receipt is a booking (201 here); one to the login page would be a lost session (401). */
    private static int receipt(Http http, int status) {
        if (status != 302) {
            return status;
        }
        return http.lastLocation().endsWith("/kvittering") ? BOOKED : 401;
    }

    private static final int BOOKED = 201;

    private static int bookedSlots(Task task) {
        String id = studentOf(task);
        return first.getBean(JdbcTemplate.class)
                .queryForObject("select count(*) from app.conference_slot where booked_student = ?", Integer.class, id);
    }

    private static List<Integer> atOnce(List<java.util.concurrent.Callable<Integer>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (var w : work) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return w.call();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
