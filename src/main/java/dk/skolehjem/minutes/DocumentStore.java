package dk.skolehjem.minutes;

import java.util.List;
import java.util.Optional;

/** Where documents are kept; an interface so tests can make storage fail on purpose. */
public interface DocumentStore {

    void insert(StoredDocument document, byte[] content);

    Optional<StoredDocument> find(String id);

    byte[] content(String id);

    List<StoredDocument> forStudent(String schoolId, String studentId);

    List<StoredDocument> forClass(String schoolId, String classCode);

    /** The documents one process instance wrote, oldest first. */
    List<StoredDocument> forProcessInstance(String processInstanceId);

    /** Deletes the documents one process instance wrote, every version, and who downloaded them. */
    void erase(String processInstanceId);

    /** The id of the version that replaced this one, if any. */
    Optional<String> replacedBy(String id);

    void logDownload(String documentId, String userId);
}
