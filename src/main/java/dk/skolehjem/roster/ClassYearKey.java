package dk.skolehjem.roster;

import dk.skolehjem.calendar.SchoolYear;

/**
 * The business key every school process carries: {@code <year>:<school>:<class>} for a class's processes and
 * {@code <year>:<school>:<class>:<student>} for a student's. Whom a task goes to is read from it, because unlike a
 * variable it cannot be changed by submitting a form.
 */
public record ClassYearKey(SchoolYear year, String schoolId, String classCode, String studentId) {

    public static ClassYearKey parse(String businessKey) {
        String[] parts = businessKey == null ? new String[0] : businessKey.split(":");
        if (parts.length < 3
                || parts.length > 4
                || parts[1].isBlank()
                || parts[2].isBlank()
                || (parts.length == 4 && parts[3].isBlank())) {
            throw new IllegalArgumentException(
                    "Forretningsnøglen skal være skoleår:skole:klasse[:elev], ikke '" + businessKey + "'");
        }
        return new ClassYearKey(SchoolYear.parse(parts[0]), parts[1], parts[2], parts.length == 4 ? parts[3] : null);
    }

    public static String of(SchoolYear year, String schoolId, String classCode) {
        return year + ":" + schoolId + ":" + classCode;
    }

    public ClassYearKey forStudent(String student) {
        return new ClassYearKey(year, schoolId, classCode, student);
    }

    @Override
    public String toString() {
        return of(year, schoolId, classCode) + (studentId == null ? "" : ":" + studentId);
    }
}
