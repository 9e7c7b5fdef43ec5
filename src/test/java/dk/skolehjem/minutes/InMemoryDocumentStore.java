package dk.skolehjem.minutes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Test aid: documents in memory, with a switch to make storing fail (once, or always). */
public final class InMemoryDocumentStore implements DocumentStore {

    public final Map<String, StoredDocument> documents = new LinkedHashMap<>();
    private final Map<String, byte[]> contents = new LinkedHashMap<>();
    int failuresLeft;

    /** Forgets every document and failure, for the next test. */
    public void clear() {
        documents.clear();
        contents.clear();
        failuresLeft = 0;
    }

    @Override
    public void insert(StoredDocument document, byte[] content) {
        if (failuresLeft > 0) {
            failuresLeft--;
            throw new IllegalStateException("databasen svarer ikke");
        }
        documents.put(document.id(), document);
        contents.put(document.id(), content);
    }

    @Override
    public Optional<StoredDocument> find(String id) {
        return Optional.ofNullable(documents.get(id));
    }

    @Override
    public byte[] content(String id) {
        return contents.get(id);
    }

    @Override
    public List<StoredDocument> forStudent(String schoolId, String studentId) {
        return new ArrayList<>(documents.values());
    }

    @Override
    public List<StoredDocument> forClass(String schoolId, String classCode) {
        return new ArrayList<>(documents.values());
    }

    @Override
    public List<StoredDocument> forProcessInstance(String processInstanceId) {
        return documents.values().stream()
                .filter(d -> processInstanceId.equals(d.processInstanceId()))
                .toList();
    }

    @Override
    public void erase(String processInstanceId) {
        forProcessInstance(processInstanceId).forEach(d -> {
            documents.remove(d.id());
            contents.remove(d.id());
        });
    }

    @Override
    public Optional<String> replacedBy(String id) {
        return documents.values().stream()
                .filter(d -> id.equals(d.replacesId()))
                .map(StoredDocument::id)
                .findFirst();
    }

    @Override
    public void logDownload(String documentId, String userId) {}
}
