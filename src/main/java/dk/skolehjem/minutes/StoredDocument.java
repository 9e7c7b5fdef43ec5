package dk.skolehjem.minutes;

import java.time.Instant;

/** A stored document's description, without its bytes: what lists show and access checks need. */
public record StoredDocument(
        String id,
        DocumentKind kind,
        String title,
        String fileName,
        String schoolId,
        String classCode,
        String studentId,
        String processInstanceId,
        String businessKey,
        boolean forGuardians,
        Instant createdAt,
        String createdBy,
        String sha256,
        int sizeBytes,
        String replacesId,
        String schoolYear) {}
