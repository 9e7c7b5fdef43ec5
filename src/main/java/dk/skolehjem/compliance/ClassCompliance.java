package dk.skolehjem.compliance;

import dk.skolehjem.calendar.DanishDates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One class's checks for the year, and how many stand where. */
public record ClassCompliance(String classCode, List<Check> checks) {

    /** How many checks have each status (every status present, zero or more). */
    public Map<Status, Long> counts() {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, checks.stream().filter(c -> c.status() == s).count());
        }
        return counts;
    }

    /** The checks of one kind of thing (the parent meetings, the conferences), in order. */
    public List<Check> of(dk.skolehjem.policy.Promised setting) {
        return checks.stream().filter(c -> c.setting() == setting).toList();
    }

    /**
     * The class's year against the principle as lines a reader takes in at once: each class-level check with how it
     * stands, the students' checks counted per kind (a class of 24 is a line, not 24), each with the board's words
     * or "skolens praksis". Written into the year summary and shown in Cockpit's tab alike.
     */
    public List<String> principleLines() {
        List<String> lines = new ArrayList<>();
        Map<String, List<Check>> students = new LinkedHashMap<>();
        for (Check c : checks) {
            if (c.studentId() == null) {
                lines.add(c.what() + ": " + c.status().danish()
                        + (c.done() == null
                                ? " (frist " + DanishDates.day(c.plannedBy()) + ")"
                                : " (" + DanishDates.day(c.done()) + ")")
                        + " – " + why(c));
            } else {
                students.computeIfAbsent(c.what(), w -> new ArrayList<>()).add(c);
            }
        }
        students.forEach((what, list) -> lines.add(what + ": " + counted(list) + " – " + why(list.get(0))));
        return lines;
    }

    /** "18 holdt, 2 ikke holdt af 20 elever", the worst first among the rest. */
    static String counted(List<Check> checks) {
        Map<Status, Long> n = new EnumMap<>(Status.class);
        checks.forEach(k -> n.merge(k.status(), 1L, Long::sum));
        List<String> parts = new ArrayList<>();
        n.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> -Columns.severity(e.getKey())))
                .forEach(e -> parts.add(e.getValue() + " " + e.getKey().danish().toLowerCase(Locale.ROOT)));
        return String.join(", ", parts) + " af " + checks.size() + " elever";
    }

    static String why(Check c) {
        String why = c.promised() ? "princippet: »" + c.promise().quote() + "«" : "skolens praksis";
        return c.note() == null ? why : why + " (" + c.note() + ")";
    }
}
