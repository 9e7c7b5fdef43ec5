package dk.skolehjem.minutes;

/**
 * Where a document belongs: school, class, student (if any), the process that made it and who made it.
 * {@code forGuardians} false keeps internal documents (e.g. a concern's notes) from the guardians.
 */
public record DocumentContext(String schoolId, String classCode, String studentId, String processInstanceId,
        String businessKey, String createdBy, boolean forGuardians) {

    public DocumentContext {
        if (schoolId == null || schoolId.isBlank()) {
            throw new IllegalArgumentException("Dokumentet mangler sin skole");
        }
        if (createdBy == null || createdBy.isBlank()) {
            throw new IllegalArgumentException("Dokumentet mangler sin forfatter");
        }
    }
}
