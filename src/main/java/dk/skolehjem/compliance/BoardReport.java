package dk.skolehjem.compliance;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.minutes.PdfLayout;
import dk.skolehjem.policy.PolicyDescription;
import dk.skolehjem.policy.SchoolPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The school board's yearly evaluation of its principle (Folkeskoleloven § 44) as PDF/A: per part of the year what
 * the board's words promise, how it went class by class in counts (never a name; a count of one or two children is
 * shown as "under 3"), the school against last year as a chart, and the questions the board may want to take up.
 */
public final class BoardReport {

    /** Counts about children below this are not printed: a class of 24 with "1 missed" points at one family. */
    static final int SMALLEST_SHOWN = 3;

    private static final List<String> LEGEND = List.of("Holdt", "Holdt for sent", "Ikke holdt", "Ikke forfalden");
    private static final List<float[]> COLOURS = List.of(
            new float[] {0.20f, 0.55f, 0.30f},
            new float[] {0.90f, 0.70f, 0.15f},
            new float[] {0.78f, 0.20f, 0.20f},
            new float[] {0.75f, 0.77f, 0.80f});

    private BoardReport() {}

    /** The report for {@code now}'s year, compared with {@code lastYear} (may be null: no earlier year). */
    public static byte[] render(SchoolCompliance year, SchoolCompliance lastYear, Instant created) {
        SchoolPolicy policy = year.policy();
        String title = "Evaluering af princippet for skole-hjem-samarbejdet " + year.year();
        return PdfLayout.document(
                title, "Skole-hjem", "Skolebestyrelsens evaluering", year.schoolName(), created, pages -> {
                    pages.title(title);
                    pages.paragraph(year.schoolName() + ". Opgjort " + DanishDates.day(year.asOf()) + ".");
                    SchoolPolicy.Principle principle = policy.principle();
                    if (principle != null) {
                        StringBuilder p = new StringBuilder("Princippet: " + principle.title());
                        if (principle.approved() != null) {
                            p.append(", godkendt i skolebestyrelsen ").append(DanishDates.day(principle.approved()));
                        }
                        if (principle.revised() != null) {
                            p.append(", revideret ").append(DanishDates.day(principle.revised()));
                        }
                        pages.paragraph(p + ".");
                    } else {
                        pages.paragraph(
                                "Skolebestyrelsens princip er ikke lagt ind i Skole-hjem; alt nedenfor er skolens praksis.");
                    }
                    pages.note(
                            "Tallene er optalt klasse for klasse. Ingen elever eller familier er nævnt, og tal under "
                                    + SMALLEST_SHOWN + " om elever vises som \"under " + SMALLEST_SHOWN + "\".");

                    List<Columns> columns = Columns.used(year);
                    pages.heading("Året på én side");
                    List<PdfLayout.Bar> bars = new ArrayList<>();
                    for (Columns col : columns) {
                        long[] n = totals(year, col);
                        bars.add(new PdfLayout.Bar(
                                col.danish(), List.of((float) n[0], (float) n[1], (float) n[2], (float) n[3])));
                    }
                    pages.stackedBars(bars, LEGEND, COLOURS);
                    if (lastYear != null) {
                        List<List<String>> trend = new ArrayList<>();
                        for (Columns col : columns) {
                            trend.add(List.of(col.danish(), percent(lastYear, col), percent(year, col)));
                        }
                        pages.table(
                                List.of(
                                        "Del af året",
                                        "Holdt til tiden " + lastYear.year(),
                                        "Holdt til tiden " + year.year()),
                                new float[] {0.5f, 0.25f, 0.25f},
                                trend);
                    }

                    for (Columns col : columns) {
                        pages.heading(col.danish());
                        Set<String> words = new LinkedHashSet<>();
                        year.classes().stream()
                                .flatMap(c -> c.checks().stream())
                                .filter(k -> Columns.of(k.setting()) == col && k.promised())
                                .forEach(k -> words.add("\u201c" + k.promise().quote() + "\u201d ("
                                        + k.promise().where() + ")"));
                        if (words.isEmpty()) {
                            pages.paragraph("Princippet lover intet her; det er skolens praksis.");
                        } else {
                            pages.subheading("Princippets ord");
                            words.forEach(pages::paragraph);
                        }
                        pages.subheading("Sådan gik det");
                        List<List<String>> rows = new ArrayList<>();
                        for (ClassCompliance c : year.classes()) {
                            List<Check> checks = c.checks().stream()
                                    .filter(k -> Columns.of(k.setting()) == col)
                                    .toList();
                            if (checks.isEmpty()) {
                                continue;
                            }
                            boolean aboutChildren = checks.stream().anyMatch(k -> k.studentId() != null);
                            Map<Status, Long> n = count(checks);
                            rows.add(List.of(
                                    c.classCode(),
                                    shown(n.get(Status.KEPT), aboutChildren),
                                    shown(n.get(Status.LATE), aboutChildren),
                                    shown(n.get(Status.MISSED), aboutChildren),
                                    shown(n.get(Status.NOT_YET_DUE), aboutChildren)));
                        }
                        pages.table(
                                List.of("Klasse", "Holdt", "For sent", "Ikke holdt", "Ikke forfalden"),
                                new float[] {0.2f, 0.2f, 0.2f, 0.2f, 0.2f},
                                rows);
                    }

                    pages.heading("Spørgsmål, bestyrelsen kan tage op");
                    pages.bullets(questions(year, columns));
                    pages.heading("Hvad princippet siger, og hvad skolen gør af egen praksis");
                    for (PolicyDescription.Part part : PolicyDescription.of(policy)) {
                        pages.subheading(part.heading());
                        pages.bullets(part.lines().stream()
                                .map(l -> l.text() + (l.promised() ? " (princippet)" : " (skolens praksis)"))
                                .toList());
                    }
                });
    }

    /** Questions from the year's facts: promises not kept, practice the principle does not mention, words not measured. */
    static List<String> questions(SchoolCompliance year, List<Columns> columns) {
        List<String> questions = new ArrayList<>();
        for (Columns col : columns) {
            long[] n = totals(year, col);
            long owed = n[0] + n[1] + n[2];
            boolean promised = year.classes().stream()
                    .flatMap(c -> c.checks().stream())
                    .anyMatch(k -> Columns.of(k.setting()) == col && k.promised());
            if (promised && n[1] + n[2] > 0) {
                questions.add(
                        col.danish() + ": " + (owed == 0 ? 0 : Math.round(100.0 * n[0] / owed))
                                + " % blev holdt til tiden. Er princippets løfte det rigtige, og hvad skal der til for at holde det?");
            } else if (!promised) {
                questions.add(
                        col.danish() + " holdes som skolens praksis; princippet siger intet om det. Skal det stå i"
                                + " princippet?");
            }
        }
        year.policy().promises().stream()
                .filter(p -> p.keeps().isEmpty())
                .forEach(p -> questions.add("Princippet siger \u201c" + p.quote()
                        + "\u201d. Skole-hjem kan ikke måle det; hvordan vil bestyrelsen vide, om det sker?"));
        if (questions.isEmpty()) {
            questions.add(
                    "Alt, hvad princippet lover, blev holdt til tiden. Er der noget, bestyrelsen savner i princippet?");
        }
        return questions;
    }

    /** Whether a column's checks are about individual students (then small counts are not printed). */
    static boolean aboutChildren(SchoolCompliance school, Columns col) {
        return school.classes().stream()
                .flatMap(c -> c.checks().stream())
                .anyMatch(k -> Columns.of(k.setting()) == col && k.studentId() != null);
    }

    static String shown(Long n, boolean aboutChildren) {
        if (n == null || n == 0) {
            return "0";
        }
        return aboutChildren && n < SMALLEST_SHOWN ? "under " + SMALLEST_SHOWN : String.valueOf(n);
    }

    private static String percent(SchoolCompliance school, Columns col) {
        long[] n = totals(school, col);
        long owed = n[0] + n[1] + n[2];
        return owed == 0 ? "–" : Math.round(100.0 * n[0] / owed) + " %";
    }

    /** Kept, late, missed and not yet due across the school's classes, for one column. */
    static long[] totals(SchoolCompliance school, Columns col) {
        long[] n = new long[4];
        school.classes().stream()
                .flatMap(c -> c.checks().stream())
                .filter(k -> Columns.of(k.setting()) == col)
                .forEach(k -> n[k.status().forTheBoard().ordinal()]++);
        return n;
    }

    private static Map<Status, Long> count(List<Check> checks) {
        Map<Status, Long> n = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            n.put(s, checks.stream().filter(k -> k.status().forTheBoard() == s).count());
        }
        return n;
    }
}
