package dk.skolehjem.roster;

/** One thing wrong in an import, pinned to file, line and field so the school office can find and fix it. */
public record ImportProblem(String file, int line, String field, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? " linje " + line : "") + (field != null ? ", felt '" + field + "'" : "") + ": "
                + message;
    }
}
