package dk.skolehjem.messagebook;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * How far a student's message book is for a school year: the grade's required areas without any goal yet, and how
 * often the parents were told about the outcome against what the school's principle promises ({@code
 * informedRequired}, 0 when it promises nothing; {@code informedPromise}: the board's words, or null).
 */
public record Completeness(
        String schoolYear,
        int grade,
        List<SubjectArea> missingAreas,
        int timesParentsInformed,
        int informedRequired,
        String informedPromise) {

    @JsonProperty("complete")
    public boolean complete() {
        return missingAreas.isEmpty() && informedAsPromised();
    }

    /** Whether the parents were told as often as the principle promises (always true when it promises nothing). */
    @JsonProperty("informedAsPromised")
    public boolean informedAsPromised() {
        return timesParentsInformed >= informedRequired;
    }

    /** Danish names of the missing areas, for people. */
    @JsonProperty("missingAreaNames")
    public List<String> missingAreaNames() {
        return missingAreas.stream().map(SubjectArea::danish).toList();
    }
}
