package dk.skolehjem.minutes;

/**
 * Where a document belongs: school, school year, class, student (if any), the process that made it and who made it.
 * {@code forGuardians} false keeps internal documents (e.g. a concern's notes) from the guardians.
 */
public record DocumentContext(
        String schoolId,
        String schoolYear,
        String classCode,
        String studentId,
        String processInstanceId,
        String businessKey,
        String createdBy,
        boolean forGuardians) {

    public DocumentContext {
        if (schoolId == null || schoolId.isBlank()) {
            throw new IllegalArgumentException("Dokumentet mangler sin skole");
        }
        if (schoolYear == null || !schoolYear.matches("\\d{4}-\\d{2}")) {
            throw new IllegalArgumentException("Dokumentet mangler sit skoleår");
        }
        if (createdBy == null || createdBy.isBlank()) {
            throw new IllegalArgumentException("Dokumentet mangler sin forfatter");
        }
    }
}
