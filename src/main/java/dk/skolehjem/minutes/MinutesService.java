package dk.skolehjem.minutes;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way documents come into being: render, fingerprint (SHA-256), store. Called by process steps through
 * {@link WriteDocumentDelegate} and by people correcting a document; never changes a stored document.
 */
@Service
public class MinutesService {

    private final MeetingDocumentRenderer renderer;
    private final DocumentStore store;
    private final Clock clock;

    public MinutesService(MeetingDocumentRenderer renderer, DocumentStore store, Clock clock) {
        this.renderer = renderer;
        this.store = store;
        this.clock = clock;
    }

    /** A stored document with its bytes, as returned to the process that made it. */
    public record Created(StoredDocument document, byte[] content) {}

    @Transactional
    public Created create(MeetingDocument document, DocumentContext context) {
        return store(document, context, null);
    }

    /** A new version of {@code previousId}; the old one stays as it was. Only the newest version can be corrected. */
    @Transactional
    public Created correct(String previousId, MeetingDocument document, String correctedBy) {
        StoredDocument previous =
                store.find(previousId).orElseThrow(() -> new IllegalArgumentException("Dokumentet findes ikke"));
        if (store.replacedBy(previousId).isPresent()) {
            throw new AlreadyCorrected();
        }
        if (document.kind() != previous.kind()) {
            throw new IllegalArgumentException("En rettelse skal være af samme art som dokumentet ("
                    + previous.kind().title() + ")");
        }
        var context = new DocumentContext(
                previous.schoolId(),
                previous.schoolYear(),
                previous.classCode(),
                previous.studentId(),
                previous.processInstanceId(),
                previous.businessKey(),
                correctedBy,
                previous.forGuardians());
        return store(document, context, previousId);
    }

    public Optional<StoredDocument> find(String id) {
        return store.find(id);
    }

    public byte[] content(String id) {
        return store.content(id);
    }

    public List<StoredDocument> forStudent(String schoolId, String studentId) {
        return store.forStudent(schoolId, studentId);
    }

    public List<StoredDocument> forClass(String schoolId, String classCode) {
        return store.forClass(schoolId, classCode);
    }

    /** The documents of one case (a process instance), oldest first, every version. */
    public List<StoredDocument> forProcessInstance(String processInstanceId) {
        return store.forProcessInstance(processInstanceId);
    }

    /**
     * Deletes a case's documents, every version, and the log of who downloaded them: only for retention (L10), when
     * the case's time is over, inside the caller's transaction.
     */
    public void eraseCase(String processInstanceId) {
        store.erase(processInstanceId);
    }

    public Optional<String> replacedBy(String id) {
        return store.replacedBy(id);
    }

    public void logDownload(String documentId, String userId) {
        store.logDownload(documentId, userId);
    }

    private Created store(MeetingDocument document, DocumentContext context, String replacesId) {
        Instant now = clock.instant();
        byte[] pdf = renderer.render(document, now);
        var stored = new StoredDocument(
                UUID.randomUUID().toString(),
                document.kind(),
                document.title(),
                FileNames.of(document, LocalDate.ofInstant(now, clock.getZone())),
                context.schoolId(),
                context.classCode(),
                context.studentId(),
                context.processInstanceId(),
                context.businessKey(),
                context.forGuardians(),
                now,
                context.createdBy(),
                sha256(pdf),
                pdf.length,
                replacesId,
                context.schoolYear());
        try {
            store.insert(stored, pdf);
        } catch (org.springframework.dao.DuplicateKeyException raced) {
            throw new AlreadyCorrected();
        }
        return new Created(stored, pdf);
    }

    /** A second correction of the same version, at once or later: the newest version is the one to correct. */
    public static class AlreadyCorrected extends RuntimeException {
        AlreadyCorrected() {
            super("Dokumentet er allerede rettet; ret den nyeste version.");
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
