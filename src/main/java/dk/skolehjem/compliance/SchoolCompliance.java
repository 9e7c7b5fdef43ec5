package dk.skolehjem.compliance;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.policy.SchoolPolicy;
import java.time.LocalDate;
import java.util.List;

/** Every class of one school against the school's policy for one school year, as of {@code asOf}. */
public record SchoolCompliance(
        String schoolId,
        String schoolName,
        SchoolPolicy policy,
        SchoolYear year,
        LocalDate asOf,
        List<ClassCompliance> classes) {

    public java.util.Optional<ClassCompliance> classOf(String classCode) {
        return classes.stream().filter(c -> c.classCode().equals(classCode)).findFirst();
    }
}
