package dk.skolehjem.policy;

import java.util.List;

/** A policy file that cannot be used, with every problem found in it, so the person editing it can fix all at once. */
public class PolicyException extends RuntimeException {

    private final List<String> problems;

    public PolicyException(String file, List<String> problems) {
        super("Skolens princip i " + file + " kan ikke bruges:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
