package dk.skolehjem.messagebook;

import java.util.EnumSet;
import java.util.Set;

/**
 * The areas a message book sets goals in (L1): language and early maths awareness in grade 0, Danish and maths in
 * grades 1-9, thoughts on further education in grades 7-9, and social goals for everyone.
 */
public enum SubjectArea {
    SPROG("Sprog", 0, 0),
    TIDLIG_MATEMATIK("Tidlig matematisk opmærksomhed", 0, 0),
    DANSK("Dansk", 1, 9),
    MATEMATIK("Matematik", 1, 9),
    UDDANNELSE("Overvejelser om uddannelse", 7, 9),
    SOCIALT("Sociale mål", 0, 9);

    private final String danish;
    private final int fromGrade;
    private final int toGrade;

    SubjectArea(String danish, int fromGrade, int toGrade) {
        this.danish = danish;
        this.fromGrade = fromGrade;
        this.toGrade = toGrade;
    }

    public String danish() {
        return danish;
    }

    public boolean belongsTo(int grade) {
        return grade >= fromGrade && grade <= toGrade;
    }

    /** The areas a year's entries must cover for a student in this grade. */
    public static Set<SubjectArea> requiredFor(int grade) {
        Set<SubjectArea> areas = EnumSet.noneOf(SubjectArea.class);
        for (SubjectArea a : values()) {
            if (a.belongsTo(grade)) {
                areas.add(a);
            }
        }
        return areas;
    }
}
