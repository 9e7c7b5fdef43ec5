package dk.skolehjem.roster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The files of one import, as bytes: what a school uploads or what lies in a {@code --roster} directory. */
public record RosterFiles(byte[] schools, byte[] students, byte[] staff, byte[] councils) {

    public static final String SCHOOLS = "schools.csv";
    public static final String STUDENTS = "students.csv";
    public static final String STAFF = "staff.csv";
    public static final String COUNCILS = "councils.csv";

    /** Reads a directory; {@code schools.csv} is optional, the other three must be there. */
    public static RosterFiles fromDirectory(Path dir) {
        List<ImportProblem> missing = new ArrayList<>();
        byte[] schools = read(dir.resolve(SCHOOLS), false, missing);
        byte[] students = read(dir.resolve(STUDENTS), true, missing);
        byte[] staff = read(dir.resolve(STAFF), true, missing);
        byte[] councils = read(dir.resolve(COUNCILS), true, missing);
        if (!missing.isEmpty()) {
            throw new RosterImportException(missing);
        }
        return new RosterFiles(schools, students, staff, councils);
    }

    private static byte[] read(Path file, boolean required, List<ImportProblem> problems) {
        if (!Files.exists(file)) {
            if (required) {
                problems.add(new ImportProblem(
                        file.getFileName().toString(), 0, null, "filen mangler i " + file.getParent()));
            }
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(new ImportProblem(
                    file.getFileName().toString(), 0, null, "filen kan ikke læses: " + e.getMessage()));
            return null;
        }
    }
}
