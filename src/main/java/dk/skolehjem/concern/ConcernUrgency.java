package dk.skolehjem.concern;

import dk.skolehjem.engine.Choice;
import dk.skolehjem.engine.CodeList;

/** How urgent a concern is: the code list of the registration form and the triage table, with its Danish labels. */
enum ConcernUrgency implements Choice {
    LAV("lav", "Det kan vente nogle dage"),
    MIDDEL("middel", "Det bør tages op i denne uge"),
    HOEJ("hoej", "Det haster");

    private final String value;
    private final String label;

    ConcernUrgency(String value, String label) {
        this.value = value;
        this.label = label;
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public String label() {
        return label;
    }

    /** The label of a stored value; the value itself if it is not (or no longer) in the list. */
    static String labelOf(String value) {
        return CodeList.constant(ConcernUrgency.class, value)
                .map(ConcernUrgency::label)
                .orElse(value);
    }
}
