package dk.skolehjem.bench;

import dk.skolehjem.TestDatabase;
import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.compliance.Compliance;
import dk.skolehjem.minutes.DocumentKind;
import dk.skolehjem.minutes.ExampleDocuments;
import dk.skolehjem.minutes.MeetingDocumentRenderer;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.RosterImportService;
import dk.skolehjem.schoolyear.SchoolYearRollout;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Skole-hjem at municipal scale, side by side with the raw engine in the same run (README.md, "Benchmark"):
 * B1 rollout vs raw starts, B2 opening the conference rounds vs a raw job drain, B3 the booking burst over HTTP vs
 * raw task completions, B4 minutes vs raw PDFBox PDF/A, B5 a teacher's and a leader's task list and the compliance
 * view vs the same queries without the product, B6 the municipality's roster in one file vs raw JDBC, B7 two nodes
 * vs one. {@code --size=smoke|small|full} or {@code --schools= --classes= --students= --tasks=}; {@code --out=}.
 */
public final class Benchmark {

    private final Municipality town;
    private final int fillerTasks;
    private final Report report;
    private final ConfigurableApplicationContext node;
    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final RawEngine raw;
    private final SchoolYear year;
    private final String jdbcUrl;

    private Benchmark(String size, Municipality town, int fillerTasks, String jdbcUrl) {
        this.town = town;
        this.fillerTasks = fillerTasks;
        this.jdbcUrl = jdbcUrl;
        this.report = new Report(size);
        this.year = SchoolYear.of(LocalDate.now(DanishDates.ZONE));
        at(MonthDay.of(8, 12));
        this.node = Nodes.inProcess(jdbcUrl);
        this.engine = node.getBean(ProcessEngine.class);
        this.jdbc = new JdbcTemplate(node.getBean(DataSource.class));
        this.raw = RawEngine.standalone(jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1) + "_raw", town.school(0));
        raw.deploy();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new HashMap<>();
        // Maven passes -Dbench.extra="--schools=3 --classes=4" as one argument
        for (String arg : String.join(" ", args).trim().split("\\s+")) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            a.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        String size = a.getOrDefault("size", "smoke");
        if (a.keySet().stream()
                .anyMatch(
                        k -> List.of("schools", "classes", "students", "tasks").contains(k))) {
            size = "custom (from " + size + ")";
        }
        int[] preset = switch (size) {
            case "full" -> new int[] {60, 38, 22, 50_000};
            case "small" -> new int[] {4, 8, 20, 20_000};
            default -> new int[] {2, 2, 6, 2_000};
        };
        var town = new Municipality(
                Integer.parseInt(a.getOrDefault("schools", "" + preset[0])),
                Integer.parseInt(a.getOrDefault("classes", "" + preset[1])),
                Integer.parseInt(a.getOrDefault("students", "" + preset[2])));
        int tasks = Integer.parseInt(a.getOrDefault("tasks", "" + preset[3]));
        Path out = Path.of(a.getOrDefault("out", "target/benchmarks.md"));
        String url = TestDatabase.recreate(a.getOrDefault("database", "skolehjem_bench"));
        Benchmark bench = new Benchmark(size, town, tasks, url);
        int exit = 0;
        try {
            bench.run();
        } catch (Exception e) {
            e.printStackTrace();
            exit = 1;
        } finally {
            bench.report.write(
                    out,
                    town.schools() + " skoler × " + town.classes() + " klasser × " + town.students() + " elever ("
                            + town.persons() + " personer), " + tasks + " ekstra åbne opgaver");
            bench.raw.close();
            bench.node.close();
        }
        System.exit(exit);
    }

    private void run() throws Exception {
        importMunicipality(); // B6
        rollout(); // B1
        openRounds(); // B2
        documentJobs(); // B2, the document jobs
        bookings(); // B3, B7
        minutes(); // B4
        queries(); // B5
    }

    // ---- B6: the whole municipality's roster in one file

    private void importMunicipality() {
        var files = town.files(0, town.schools());
        Figures rawRate = new Figures();
        rawRate.add(rawInsert());
        resetHeapPeaks();
        long t0 = System.nanoTime();
        node.getBean(RosterImportService.class).importFiles(files);
        double seconds = Figures.millisSince(t0) / 1000.0;
        long heapPeak = heapPeakMb();
        rawRate.add(rawInsert());
        double product = town.persons() / seconds;
        report.add(new Report.Line(
                "B6",
                "Roster import, the municipality in one file (persons/s; heap peak)",
                Report.f(rawRate.median(), "pers./s (JDBC batch)"),
                Report.f(product, "pers./s") + ", " + heapPeakMb(heapPeak),
                Report.ratio(product, rawRate.median()),
                "heap ≤ 512 MB",
                heapPeak <= 512));
        for (int s = 0; s < town.schools(); s++) {
            for (int c = 0; c < town.classes(); c++) {
                for (int e = 0; e < town.students(); e++) {
                    password(town.guardian(s, c, e, 0));
                    password(town.guardian(s, c, e, 1));
                }
            }
        }
    }

    private static String heapPeakMb(long mb) {
        return "heap peak " + mb + " MB";
    }

    /** The floor of writing the same people: one JDBC batch insert into a scratch table, persons per second. */
    private double rawInsert() {
        jdbc.execute("create table if not exists bench_raw_person (id varchar(64) primary key, name varchar(200), "
                + "email varchar(200), school varchar(20))");
        jdbc.execute("delete from bench_raw_person");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < town.persons(); i++) {
            rows.add(new Object[] {"p" + i, "Person " + i, "p" + i + "@kommune.example", town.school(i % town.schools())
            });
        }
        long t0 = System.nanoTime();
        jdbc.batchUpdate("insert into bench_raw_person values (?, ?, ?, ?)", rows);
        return town.persons() / (Figures.millisSince(t0) / 1000.0);
    }

    private void password(String login) {
        var identity = engine.getIdentityService();
        var user = identity.createUserQuery().userId(login).singleResult();
        user.setPassword(login);
        identity.saveUser(user);
    }

    // ---- B1: the school year's rollout, school by school, against raw starts

    private void rollout() {
        Figures rawRate = new Figures();
        Figures product = new Figures();
        SchoolYearRollout rollout = node.getBean(SchoolYearRollout.class);
        long[] before = engineWork();
        Profile profile = new Profile(Path.of("target", "bench-b1.jfr"));
        try (profile) {
            for (int s = 0; s < town.schools(); s++) {
                double rawStarts = raw.start(town.classes(), "b1-" + s);
                long t0 = System.nanoTime();
                var result = rollout.rollout(year, town.school(s));
                double classes = result.started().size() / (Figures.millisSince(t0) / 1000.0);
                if (s > 0 || town.schools() == 1) {
                    // the first school warms both engines up (class loading, the models' first parse, the JIT)
                    rawRate.add(rawStarts);
                    product.add(classes);
                }
            }
        }
        long[] after = engineWork();
        double classes = town.schools() * town.classes();
        report.note(String.format(
                Locale.ROOT,
                "B1: what one class's rollout makes in the engine (the raw start: 1 instance, 1 task, no job): "
                        + "%.1f instances, %.1f tasks, %.1f jobs (timers), %.1f authorizations",
                (after[0] - before[0]) / classes,
                (after[1] - before[1]) / classes,
                (after[2] - before[2]) / classes,
                (after[3] - before[3]) / classes));
        profileNote("B1", profile);
        report.add(new Report.Line(
                "B1",
                "Rollout of the school year (classes/s) vs raw engine start (instances/s)",
                Report.f(rawRate.median(), "inst./s"),
                Report.f(product.median(), "klasser/s"),
                Report.ratio(product.median(), rawRate.median()),
                "≥ 0.8x",
                product.median() >= 0.8 * rawRate.median()));
    }

    /** The profile's hottest methods as a note of the report: where the scenario's time went. */
    private void profileNote(String scenario, Profile profile) {
        try {
            report.note(scenario + " profile (share of samples with the method on the stack, target/bench-"
                    + scenario.toLowerCase(Locale.ROOT) + ".jfr): " + String.join("; ", profile.hottest(14)));
        } catch (java.io.IOException e) {
            report.note(scenario + " profile could not be read: " + e.getMessage());
        }
    }

    /** Instances, tasks, jobs and authorizations the product's engine has made so far. */
    private long[] engineWork() {
        return new long[] {
            jdbc.queryForObject("select count(*) from act_hi_procinst", Long.class),
            jdbc.queryForObject("select count(*) from act_hi_taskinst", Long.class),
            jdbc.queryForObject("select count(*) from act_ru_job", Long.class),
            jdbc.queryForObject("select count(*) from act_ru_authorization", Long.class)
        };
    }

    // ---- B2: every class's conference round published, and the jobs that follow, against a raw job drain

    private void openRounds() {
        at(MonthDay.of(10, 1));
        await(
                "every class's round waits to be published",
                () -> publishTasks().size() >= town.schools() * town.classes());
        Figures rawRate = new Figures();
        Figures product = new Figures();
        Map<String, Task> byKey = new HashMap<>();
        publishTasks().forEach(t -> byKey.put(businessKey(t), t));
        int jobsBefore = jobLog();
        Profile profile = new Profile(Path.of("target", "bench-b2.jfr"));
        try (profile) {
            for (int s = 0; s < town.schools(); s++) {
                rawRate.add(raw.drain(town.classes() * 4, Duration.ofMinutes(10)));
                long t0 = System.nanoTime();
                for (int c = 0; c < town.classes(); c++) {
                    String key = ClassYearKey.of(year, town.school(s), town.classCode(c));
                    engine.getTaskService().complete(byKey.get(key).getId(), plan(town.classCode(c)));
                }
                Jobs.awaitNone(engine, Duration.ofMinutes(30));
                product.add(town.classes() / (Figures.millisSince(t0) / 1000.0));
            }
        }
        // why: where a round's opening spends its time (the raw drains run in the same recording)
        profileNote("B2", profile);
        int jobs = jobLog() - jobsBefore;
        double municipality = 2300 / product.median() / 60.0;
        report.add(new Report.Line(
                "B2",
                "Conference rounds opened with their jobs (classes/s) vs raw async job drain (jobs/s)",
                Report.f(rawRate.median(), "job/s"),
                Report.f(product.median(), "klasser/s")
                        + String.format(Locale.ROOT, " (%.1f min for 2,300)", municipality),
                Report.ratio(product.median(), rawRate.median()),
                "2,300 classes < 5 min",
                municipality < 5));
        report.note("B2: the product ran " + jobs
                + " jobs while its rounds were opened (the raw engine's are in its own database).");
    }

    /**
     * The product's document step (minutes as PDF/A into the document store, through the job executor) against the
     * raw engine draining jobs that render the same minutes with raw PDFBox.
     */
    private void documentJobs() {
        engine.getRepositoryService()
                .createDeployment()
                .name("bench-documents")
                .addClasspathResource("bpmn/document-step.bpmn")
                .enableDuplicateFiltering(true)
                .deploy();
        String document = dk.skolehjem.minutes.ExampleDocuments.minutesAsVariable();
        int n = Math.max(20, town.schools() * town.classes() * 2);
        String student = ClassYearKey.of(year, town.school(0), town.classCode(0)) + ":" + town.student(0, 0, 0);
        Figures rawRate = new Figures();
        Figures product = new Figures();
        for (int round = 0; round < 3; round++) {
            rawRate.add(raw.drainDocuments(n, Duration.ofMinutes(10)));
            for (int i = 0; i < n; i++) {
                engine.getRuntimeService()
                        .startProcessInstanceByKey(
                                "document-step",
                                student,
                                Map.of("schoolId", town.school(0), "meetingDocument", document));
            }
            long t0 = System.nanoTime();
            Jobs.awaitNone(engine, Duration.ofMinutes(10));
            product.add(n / (Figures.millisSince(t0) / 1000.0));
        }
        report.add(new Report.Line(
                "B2",
                "Document jobs: minutes as PDF/A written through the job executor (jobs/s) vs raw jobs rendering the same"
                        + " PDF/A",
                Report.f(rawRate.median(), "job/s"),
                Report.f(product.median(), "job/s"),
                Report.ratio(product.median(), rawRate.median()),
                "≥ 0.7x",
                product.median() >= 0.7 * rawRate.median()));
    }

    private List<Task> publishTasks() {
        return engine.getTaskService()
                .createTaskQuery()
                .taskDefinitionKey("publishRound")
                .list();
    }

    private String businessKey(Task task) {
        return engine.getRuntimeService()
                .createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult()
                .getBusinessKey();
    }

    private int jobLog() {
        return jdbc.queryForObject("select count(*) from act_hi_job_log where job_state_ = 2", Integer.class);
    }

    private Map<String, Object> plan(String classCode) {
        LocalDate today = year.date(MonthDay.of(10, 1));
        var calendar = node.getBean(dk.skolehjem.policy.PolicyRegistry.class)
                .get(Municipality.POLICY)
                .calendar(year);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = year.date(MonthDay.of(11, 2)); days.size() < 3; d = d.plusDays(1)) {
            if (calendar.isSchoolDay(d)) {
                days.add(d);
            }
        }
        Map<String, Object> plan = new HashMap<>();
        plan.put("firstDay", days.get(0).toString());
        plan.put("lastDay", days.get(2).toString());
        plan.put("dailyStart", "12:00");
        plan.put("dailyEnd", "18:00");
        plan.put("slotMinutes", 20L);
        plan.put("place", "Klasselokalet " + classCode);
        plan.put("format", "individuel");
        plan.put("bookingDeadline", today.plusDays(14).toString());
        return plan;
    }

    // ---- B3 and B7: the booking burst over HTTP, one node and two

    private void bookings() throws Exception {
        int students = town.schools() * town.classes() * town.students();
        await("every family's booking task", () -> bookingTasks().size() >= students);
        Map<String, String> taskByStudent = new HashMap<>();
        for (Task t : bookingTasks()) {
            taskByStudent.put(businessKey(t), t.getId());
        }
        List<String[]> families = new ArrayList<>();
        for (int s = 0; s < town.schools(); s++) {
            for (int c = 0; c < town.classes(); c++) {
                for (int e = 0; e < town.students(); e++) {
                    String key = ClassYearKey.of(year, town.school(s), town.classCode(c)) + ":" + town.student(s, c, e);
                    families.add(
                            new String[] {taskByStudent.get(key), town.guardian(s, c, e, 0), town.guardian(s, c, e, 1)
                            });
                }
            }
        }
        raw.start(students, "b3");
        int concurrent = Math.min(16, Math.max(1, students / 4));
        int port = Nodes.port(node);
        Process second = Nodes.separate(jdbcUrl, Path.of("target", "bench-node2.log"));
        try {
            int secondPort = Nodes.port(second);
            Figures rawRate = new Figures();
            Figures rawLatency = new Figures();
            Figures oneRate = new Figures();
            Figures twoRate = new Figures();
            Figures latency = new Figures();
            Figures registered = new Figures();
            int errors = 0;
            Map<Integer, Integer> statuses = new java.util.TreeMap<>();
            int slice = Math.max(1, families.size() / 4);
            for (int round = 0; round < 4; round++) {
                List<String[]> part =
                        families.subList(round * slice, round == 3 ? families.size() : (round + 1) * slice);
                boolean two = round % 2 == 1;
                List<BookingBurst.Family> burst = new ArrayList<>();
                for (int i = 0; i < part.size(); i++) {
                    String[] f = part.get(i);
                    // on two nodes a family's guardians meet on different nodes, as behind a load balancer
                    burst.add(new BookingBurst.Family(f[0], f[1], f[2], port, two ? secondPort : port, i / 2));
                }
                rawRate.add(raw.complete(raw.openTasks(part.size()), concurrent, rawLatency));
                BookingBurst.Outcome o;
                if (round == 2) {
                    // why: where the first node's time went in a one-node round
                    // recorded from the first answer to the last, the guardians' logins before it left out
                    Profile[] recorded = new Profile[1];
                    o = BookingBurst.run(
                            burst, concurrent, () -> recorded[0] = new Profile(Path.of("target", "bench-b3.jfr")));
                    Profile profile = recorded[0];
                    report.note("B3 profile (share of samples with the method on the stack, target/bench-b3.jfr): "
                            + String.join("; ", profile.hottest(12)));
                    report.note("B3 profile, running themselves (top of the stack): "
                            + String.join("; ", profile.busiest(10)));
                } else {
                    o = BookingBurst.run(burst, concurrent);
                }
                // the database decided every booking at once; the engine completes the tasks just after
                long caughtUp = System.nanoTime();
                await("the engine registering the round's bookings", () -> waitingAnswers() == 0);
                double lag = Figures.millisSince(caughtUp) / 1000.0;
                if (!two) {
                    registered.add(o.booked() / (o.seconds() + lag));
                }
                report.note(String.format(
                        Locale.ROOT,
                        "B3 round %d (%s): %d families booked in %.1f s; the engine had registered every booking "
                                + "%.1f s after the burst",
                        round,
                        two ? "2 nodes" : "1 node",
                        o.booked(),
                        o.seconds(),
                        lag));
                (two ? twoRate : oneRate).add(o.perSecond());
                // the one-node rounds' latencies are B3's
                mergeLatencies(latency, o, two);
                errors += o.serverErrors();
                o.statuses().forEach((k, v) -> statuses.merge(k, v, Integer::sum));
                if (o.booked() != o.families()) {
                    report.note("B3 round " + round + ": " + o.booked() + " of " + o.families() + " families booked");
                }
            }
            int doubles = doubleBookings();
            report.add(new Report.Line(
                    "B3",
                    "Booking burst over HTTP, " + concurrent + " families at once, both guardians (families/s)",
                    Report.f(rawRate.median(), "opg./s") + ", p95 " + Report.f(rawLatency.percentile(95), "ms"),
                    Report.f(oneRate.median(), "fam./s")
                            + String.format(
                                    Locale.ROOT,
                                    ", p50/p95/p99 %.0f/%.0f/%.0f ms, %d × 5xx, %d dobbeltbookinger",
                                    latency.median(),
                                    latency.percentile(95),
                                    latency.percentile(99),
                                    errors,
                                    doubles),
                    Report.ratio(oneRate.median(), rawRate.median()),
                    "≥ 200 fam./s, p95 < 200 ms, 0 fejl, 0 dobbelt",
                    oneRate.median() >= 200 && latency.percentile(95) < 200 && errors == 0 && doubles == 0));
            report.note(String.format(
                    Locale.ROOT,
                    "B3: bookings registered in the engine (the tasks completed, confirmations on their way), burst "
                            + "and catch-up together: %.1f fam./s on one node; answers the engine refused after the "
                            + "database took them: %d",
                    registered.median(),
                    refusedAfter()));
            if (BookingBurst.FIRST_FAILURE.get() != null) {
                report.note("B3: a request failed on the client's side: " + BookingBurst.FIRST_FAILURE.get());
            }
            report.note("B3 answers by status: " + statuses + " (302 booked, 409 the other guardian's answer "
                    + "counted, 400 the time was taken and another was chosen).");
            report.add(new Report.Line(
                    "B7",
                    "Two application nodes on one database vs one (families/s)",
                    Report.f(oneRate.median(), "fam./s (1 node)"),
                    Report.f(twoRate.median(), "fam./s (2 nodes)"),
                    Report.ratio(twoRate.median(), oneRate.median()),
                    "0 errors, 0 double bookings",
                    errors == 0 && doubles == 0));
        } finally {
            second.destroy();
        }
    }

    private static void mergeLatencies(Figures into, BookingBurst.Outcome o, boolean twoNodes) {
        if (!twoNodes) {
            into.addAll(o.latencies());
        }
    }

    private List<Task> bookingTasks() {
        return engine.getTaskService()
                .createTaskQuery()
                .taskDefinitionKey("bookConference")
                .list();
    }

    private int waitingAnswers() {
        return jdbc.queryForObject(
                "select count(*) from app.received_answer where completed_at is null and problem is null",
                Integer.class);
    }

    private int refusedAfter() {
        return jdbc.queryForObject("select count(*) from app.received_answer where problem is not null", Integer.class);
    }

    private int doubleBookings() {
        return jdbc.queryForObject(
                "select count(*) from (select round_id, booked_student from app.conference_slot "
                        + "where booked_student is not null group by round_id, booked_student having count(*) > 1) d",
                Integer.class);
    }

    // ---- B4: minutes against raw PDFBox PDF/A

    private void minutes() {
        MeetingDocumentRenderer renderer = new MeetingDocumentRenderer();
        RawPdf rawPdf = new RawPdf();
        var document = ExampleDocuments.of(DocumentKind.MINUTES);
        int n = 30;
        Figures rawRate = new Figures();
        Figures product = new Figures();
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                rawPdf.render(40);
            }
            rawRate.add(n / (Figures.millisSince(t0) / 1000.0));
            t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                renderer.render(document, Instant.now());
            }
            product.add(n / (Figures.millisSince(t0) / 1000.0));
        }
        report.add(new Report.Line(
                "B4",
                "Minutes as PDF/A (documents/s) vs raw PDFBox PDF/A",
                Report.f(rawRate.median(), "dok./s"),
                Report.f(product.median(), "dok./s"),
                Report.ratio(product.median(), rawRate.median()),
                "≥ 0.9x",
                product.median() >= 0.9 * rawRate.median()));
    }

    // ---- B5: task lists and counts with many open tasks, and the compliance view

    private void queries() {
        // the open tasks are the product's own engine's: a team's candidate group on each, as Camunda grants it
        RawEngine.fill(
                engine,
                fillerTasks,
                "b5",
                town.school(0),
                node.getBean(org.springframework.transaction.support.TransactionTemplate.class));
        long open = engine.getTaskService().createTaskQuery().count();
        long authorizations =
                engine.getAuthorizationService().createAuthorizationQuery().count();
        report.note("B5: " + open + " open tasks, " + authorizations + " authorizations.");
        var identity = engine.getIdentityService();
        String teacher = town.teacher(0, 0);
        String leader = town.leader(0);
        List<String> teacherGroups = groups(teacher);
        List<String> leaderGroups = groups(leader);
        Compliance compliance = node.getBean(Compliance.class);
        LocalDate today = LocalDate.ofInstant(ClockUtil.now().toInstant(), DanishDates.ZONE);
        Figures rawTeacher = new Figures();
        Figures teacherList = new Figures();
        Figures leaderList = new Figures();
        Figures unfiltered = new Figures();
        Map<String, Figures> slowest = new java.util.TreeMap<>();
        Figures rawView = new Figures();
        Figures view = new Figures();
        for (int i = 0; i < 30; i++) {
            long t0 = System.nanoTime();
            engine.getTaskService()
                    .createTaskQuery()
                    .taskCandidateGroupIn(teacherGroups)
                    .count();
            engine.getTaskService()
                    .createTaskQuery()
                    .taskCandidateGroupIn(teacherGroups)
                    .listPage(0, 15);
            rawTeacher.add(Figures.millisSince(t0));
            // what Tasklist asks when it opens: each visible filter's count, then the first filter's first page,
            // each its own request
            tasklist(teacher, teacherGroups, teacherList, slowest);
            tasklist(leader, leaderGroups, leaderList, slowest);
            unfiltered.add(asPerson(leader, leaderGroups, () -> {
                engine.getTaskService().createTaskQuery().count();
                engine.getTaskService()
                        .createTaskQuery()
                        .orderByTaskCreateTime()
                        .desc()
                        .listPage(0, 15);
            }));
            t0 = System.nanoTime();
            jdbc.queryForObject("select count(*) from act_hi_actinst where tenant_id_ = ?", Long.class, town.school(0));
            rawView.add(Figures.millisSince(t0));
            t0 = System.nanoTime();
            compliance.school(town.school(0), year, today).orElseThrow();
            view.add(Figures.millisSince(t0));
        }
        identity.clearAuthentication();
        report.add(new Report.Line(
                "B5",
                "A teacher's Tasklist: each filter's count and the first page (p95 per request) with " + open
                        + " open tasks",
                Report.f(rawTeacher.percentile(95), "ms (no authorization)"),
                Report.f(teacherList.percentile(95), "ms"),
                Report.ratio(teacherList.percentile(95), rawTeacher.percentile(95)),
                "p95 < 50 ms",
                teacherList.percentile(95) < 50));
        report.add(new Report.Line(
                "B5",
                "A leader's Tasklist: each filter's count and the first page (p95 per request)",
                Report.f(rawTeacher.percentile(95), "ms (no authorization)"),
                Report.f(leaderList.percentile(95), "ms"),
                Report.ratio(leaderList.percentile(95), rawTeacher.percentile(95)),
                "p95 < 50 ms",
                leaderList.percentile(95) < 50));
        report.note(String.format(
                Locale.ROOT,
                "B5: a leader's unfiltered count and first page of every task of the school (which Tasklist never asks: "
                        + "a leader's filters are the team's, the late ones and their own), p95 %.1f ms. Per filter, "
                        + "p95: %s",
                unfiltered.percentile(95),
                slowest.entrySet().stream()
                        .map(e -> e.getKey() + " " + Report.f(e.getValue().percentile(95), "ms"))
                        .collect(java.util.stream.Collectors.joining("; "))));
        report.note("B5: why a leader's unfiltered list is slow, the plan of the SQL Camunda sends for it: "
                + String.join(" | ", leaderPlan(leader, leaderGroups, town.school(0))));
        report.add(new Report.Line(
                "B5",
                "Compliance of one school of " + town.classes() + " classes (p95)",
                Report.f(rawView.percentile(95), "ms (count of its history)"),
                Report.f(view.percentile(95), "ms"),
                Report.ratio(view.percentile(95), rawView.percentile(95)),
                "40 classes < 200 ms",
                view.percentile(95) < 200));
    }

    /**
     * The plan of a leader's unfiltered first page as Camunda 7.24 writes it (Task.xml with its authorization check
     * and tenant check): every task of the school joined with the leader's grants, made distinct and sorted.
     */
    private List<String> leaderPlan(String leader, List<String> groups, String tenant) {
        String marks = String.join(",", java.util.Collections.nCopies(groups.size(), "?"));
        List<Object> args = new ArrayList<>();
        args.add(leader);
        args.addAll(groups);
        args.add(tenant);
        List<String> plan = jdbc.queryForList(
                "explain (analyze, buffers) select distinct RES.* from ACT_RU_TASK RES left join ACT_RE_PROCDEF D on "
                        + "RES.PROC_DEF_ID_ = D.ID_ left join (select A.* from ACT_RU_AUTHORIZATION A where A.TYPE_ < 2 "
                        + "and (A.USER_ID_ in (?, '*') or A.GROUP_ID_ in (" + marks + ")) and ((A.RESOURCE_TYPE_ = 7 "
                        + "and A.PERMS_ & 2 = 2) or (A.RESOURCE_TYPE_ = 6 and A.PERMS_ & 64 = 64))) AUTH on "
                        + "(AUTH.RESOURCE_ID_ in (RES.ID_, D.KEY_, '*')) where ((RES.CASE_EXECUTION_ID_ is not null) or "
                        + "(AUTH.RESOURCE_ID_ is not null)) and (RES.TENANT_ID_ is null or RES.TENANT_ID_ in (?)) "
                        + "order by RES.CREATE_TIME_ desc limit 15 offset 0",
                String.class,
                args.toArray());
        return plan.stream()
                .map(String::strip)
                .filter(l -> l.startsWith("->")
                        || l.startsWith("Limit")
                        || l.startsWith("Sort Method")
                        || l.startsWith("Execution Time"))
                .map(l -> l.replaceAll("\\(cost=[^)]*\\) ", ""))
                .limit(12)
                .toList();
    }

    /** Opens Tasklist as the person: each filter they may read is counted, and the first one's first page read. */
    private void tasklist(String user, List<String> groups, Figures requests, Map<String, Figures> byFilter) {
        var filters = engine.getFilterService();
        List<org.camunda.bpm.engine.filter.Filter> visible = new ArrayList<>();
        asPerson(
                user,
                groups,
                () -> visible.addAll(filters.createTaskFilterQuery().list()));
        visible.sort(java.util.Comparator.comparingInt(
                f -> ((Number) f.getProperties().getOrDefault("priority", 0)).intValue()));
        for (var filter : visible) {
            double ms = asPerson(user, groups, () -> filters.count(filter.getId()));
            requests.add(ms);
            byFilter.computeIfAbsent(filter.getName(), k -> new Figures()).add(ms);
        }
        if (!visible.isEmpty()) {
            requests.add(
                    asPerson(user, groups, () -> filters.listPage(visible.get(0).getId(), 0, 15)));
        }
    }

    private List<String> groups(String user) {
        return engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
                .map(g -> g.getId())
                .toList();
    }

    private double asPerson(String user, List<String> groups, Runnable work) {
        var tenants =
                engine
                        .getIdentityService()
                        .createTenantQuery()
                        .userMember(user)
                        .includingGroupsOfUser(true)
                        .list()
                        .stream()
                        .map(t -> t.getId())
                        .toList();
        long t0 = System.nanoTime();
        engine.getIdentityService().setAuthentication(user, groups, tenants);
        try {
            work.run();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        return Figures.millisSince(t0);
    }

    // ---- the clock and waiting

    /** Moves the engine clock (here and on a second node started later) to {@code day} of the year, 9 o'clock. */
    private void at(MonthDay day) {
        LocalDateTime when = year.date(day).atTime(9, 0);
        long target = when.atZone(DanishDates.ZONE).toInstant().toEpochMilli();
        ClockUtil.offset(target - System.currentTimeMillis());
    }

    private static void await(String what, java.util.function.BooleanSupplier condition) {
        long end = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("Ventede forgæves på: " + what);
            }
            Jobs.sleep(200);
        }
    }

    private static void resetHeapPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long heapPeakMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
