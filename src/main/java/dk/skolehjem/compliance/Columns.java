package dk.skolehjem.compliance;

import dk.skolehjem.policy.Promised;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The overview's columns: the parts of the year a leader reads across, each gathering the checks about it. */
public enum Columns {
    MEETINGS("Forældremøder"),
    YEAR_PLAN("Årsplan"),
    COUNCIL("Kontaktforældre og dagsorden"),
    CONFERENCES("Skole-hjem-samtaler"),
    NEEDS_TALKS("Behovssamtaler"),
    LEARNING("Læringssamtaler"),
    WEEKLY_PLANS("Ugeplaner"),
    INFORMING("Orientering om udbytte");

    private final String danish;

    Columns(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }

    static Columns of(Promised setting) {
        return switch (setting) {
            case PARENT_MEETING, PARENT_MEETING_PER_YEAR, PARENT_MEETING_HELD_BY -> MEETINGS;
            case YEAR_PLAN, SUPPLEMENTARY_EVENTS -> YEAR_PLAN;
            case COUNCIL_AGENDA_REQUEST, DATE_WITH_CONTACT_PARENTS, COMMUNICATION_AGREEMENTS, MEETING_THEMES -> COUNCIL;
            case CONFERENCE, CONFERENCE_PER_YEAR, CONFERENCE_WINDOW, CONFERENCE_FORMATS, CONFERENCE_STUDENT ->
                CONFERENCES;
            case NEEDS_TALK -> NEEDS_TALKS;
            case LEARNING_CONVERSATION, LEARNING_WINDOW -> LEARNING;
            case WEEKLY_PLAN, WEEKLY_PLAN_DUE -> WEEKLY_PLANS;
            case INFORMED_PER_YEAR -> INFORMING;
        };
    }

    /** One cell of the overview: how a class stands on one part of the year. */
    public record Cell(Columns column, Status status, long kept, long total, boolean promised) {

        /** "3 af 4 holdt", or a dash when nothing is owed. */
        public String text() {
            return total == 0 ? "–" : kept + " af " + total + " holdt";
        }
    }

    /** The class's cells, one per column the school's policy has anything in, in column order. */
    static Map<Columns, Cell> cells(ClassCompliance c, List<Columns> columns) {
        Map<Columns, Cell> cells = new LinkedHashMap<>();
        for (Columns column : columns) {
            List<Check> checks = new ArrayList<>(
                    c.checks().stream().filter(k -> of(k.setting()) == column).toList());
            Status worst = checks.stream()
                    .map(Check::status)
                    .max(java.util.Comparator.comparingInt(Columns::severity))
                    .orElse(Status.NOT_YET_DUE);
            cells.put(
                    column,
                    new Cell(
                            column,
                            worst,
                            checks.stream()
                                    .filter(k -> k.status() == Status.KEPT)
                                    .count(),
                            checks.size(),
                            checks.stream().anyMatch(Check::promised)));
        }
        return cells;
    }

    /** The columns the school's checks use, in order. */
    static List<Columns> used(SchoolCompliance school) {
        return java.util.Arrays.stream(values())
                .filter(col -> school.classes().stream()
                        .flatMap(c -> c.checks().stream())
                        .anyMatch(k -> of(k.setting()) == col))
                .toList();
    }

    static int severity(Status s) {
        return switch (s) {
            case KEPT -> 0;
            case NOT_YET_DUE -> 1;
            case BEHIND -> 2;
            case LATE -> 3;
            case MISSED -> 4;
        };
    }
}
