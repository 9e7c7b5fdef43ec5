package dk.skolehjem.roster;

import java.util.List;
import java.util.stream.Collectors;

/** An import refused as a whole: nothing was written, and every problem found is listed. */
public class RosterImportException extends RuntimeException {

    private final List<ImportProblem> problems;

    public RosterImportException(List<ImportProblem> problems) {
        super("Importen blev afvist, intet er ændret (" + problems.size() + " fejl):\n  "
                + problems.stream().map(ImportProblem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
