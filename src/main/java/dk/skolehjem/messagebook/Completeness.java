package dk.skolehjem.messagebook;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * How far a student's message book is for a school year: the grade's required areas without any goal yet, and how
 * often the parents were told about the outcome (R10: at least twice).
 */
public record Completeness(String schoolYear, int grade, List<SubjectArea> missingAreas, int timesParentsInformed) {

    public static final int REQUIRED_OUTCOME_REPORTS = 2;

    @JsonProperty("complete")
    public boolean complete() {
        return missingAreas.isEmpty() && timesParentsInformed >= REQUIRED_OUTCOME_REPORTS;
    }

    /** Danish names of the missing areas, for people. */
    @JsonProperty("missingAreaNames")
    public List<String> missingAreaNames() {
        return missingAreas.stream().map(SubjectArea::danish).toList();
    }
}
