package dk.skolehjem.compliance;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.engine.Occurrence;
import dk.skolehjem.engine.Occurrence.What;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.policy.SchoolPolicy;
import dk.skolehjem.roster.RosterRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A made-up year at Distriktsskole Smørum's principle for the example board report: three classes of twenty, most
 * promises kept, a late meeting, a handful of conferences missed; and the year before for the trend.
 */
public final class BoardReportExample {

    /** Every child's name in the example, so a test can show none is printed. */
    public static final List<String> NAMES = new ArrayList<>();

    private BoardReportExample() {}

    public static byte[] render(Instant created) {
        SchoolPolicy policy = new PolicyRegistry("").get("distriktsskole-smorum");
        SchoolYear year = new SchoolYear(2026);
        SchoolCompliance now = school(policy, year, LocalDate.of(2027, 8, 1), 2);
        SchoolCompliance before = school(policy, new SchoolYear(2025), LocalDate.of(2026, 8, 1), 5);
        return BoardReport.render(now, before, created);
    }

    static SchoolCompliance school(SchoolPolicy policy, SchoolYear year, LocalDate asOf, int missedConferences) {
        List<ClassCompliance> classes = new ArrayList<>();
        String[] codes = {"0.A", "5.A", "7.B"};
        for (int c = 0; c < codes.length; c++) {
            String key = year + ":demo:" + codes[c];
            List<Occurrence> happened = new ArrayList<>();
            List<RosterRepository.StudentRow> students = new ArrayList<>();
            happened.add(on(What.YEAR_STARTED, key, year.start().plusDays(9)));
            happened.add(on(What.YEAR_PLAN_DONE, key, year.start().plusDays(25)));
            happened.add(on(What.COUNCIL_ASKED, key, year.start().plusDays(26)));
            happened.add(on(What.MEETING_AGREED_WITH_COUNCIL, key, year.start().plusDays(40)));
            happened.add(on(What.INVITATION_SENT, key, year.start().plusDays(41)));
            // 7.B's meeting was held in November: kept, Smørum's date is practice
            happened.add(on(What.PARENT_MEETING_HELD, key, year.start().plusDays(c == 2 ? 103 : 54)));
            for (int s = 0; s < 20; s++) {
                String id = "e" + c + s;
                String name = "Elev" + (char) ('A' + c) + s + " Eksempelsen";
                NAMES.add(name);
                students.add(new RosterRepository.StudentRow("demo", id, name, codes[c], c * 3, true));
                boolean missed = c == 1 && s < missedConferences;
                if (!missed) {
                    happened.add(on(
                            What.CONFERENCE_HELD, key + ":" + id, year.start().plusDays(100 + s)));
                }
            }
            Map<String, List<Occurrence>> byKey =
                    happened.stream().collect(Collectors.groupingBy(Occurrence::businessKey));
            classes.add(new ClassCompliance(
                    codes[c],
                    new Compliance.ClassContext(policy, year, asOf, key, byKey, students, Map.of()).checks()));
        }
        return new SchoolCompliance("demo", "Demoskolen", policy, year, asOf, classes);
    }

    private static Occurrence on(What what, String key, LocalDate day) {
        return new Occurrence(
                what, key, day.atTime(12, 0).atZone(DanishDates.ZONE).toInstant(), "laerer", "pi");
    }
}
