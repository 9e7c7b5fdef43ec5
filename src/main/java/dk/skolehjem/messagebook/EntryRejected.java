package dk.skolehjem.messagebook;

import java.util.List;

/** A message book entry that cannot be written, with every problem by field; nothing was stored. */
public class EntryRejected extends RuntimeException {

    /** One problem: the field (e.g. "goals[1].area") and what is wrong, in Danish. */
    public record Problem(String field, String message) {}

    private final List<Problem> problems;

    public EntryRejected(List<Problem> problems) {
        super("Meddelelsesbogen kan ikke gemmes: "
                + problems.stream().map(p -> p.field() + ": " + p.message()).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
