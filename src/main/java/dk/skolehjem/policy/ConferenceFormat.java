package dk.skolehjem.policy;

import java.util.Arrays;
import java.util.Optional;

/**
 * The forms a school-home conference can take (R7): what a principle may list and what the class team chooses when
 * it publishes a round. The values and Danish labels are written here only; the round's form gets them at deployment.
 */
public enum ConferenceFormat {
    INDIVIDUEL("individuel", "Individuel samtale"),
    GRUPPE("gruppe", "Gruppesamtale"),
    FAGCAFE("fagcafe", "Fagcafé");

    private final String value;
    private final String label;

    ConferenceFormat(String value, String label) {
        this.value = value;
        this.label = label;
    }

    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    public static Optional<ConferenceFormat> of(String value) {
        return Arrays.stream(values()).filter(f -> f.value.equals(value)).findFirst();
    }
}
