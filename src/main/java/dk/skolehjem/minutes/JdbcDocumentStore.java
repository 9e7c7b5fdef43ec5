package dk.skolehjem.minutes;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Documents in {@code app.document} and who downloaded them; there is deliberately no update, and a document is only
 * deleted with its case when the case's retention time is over ({@link #erase}).
 */
@Repository
class JdbcDocumentStore implements DocumentStore {

    private static final String COLUMNS = "id, kind, title, file_name, school_id, class_code, student_id, "
            + "process_instance_id, business_key, for_guardians, created_at, created_by, sha256, size_bytes, replaces_id, "
            + "school_year";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcDocumentStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(StoredDocument d, byte[] content) {
        jdbc.update(
                "insert into app.document (" + COLUMNS + ", content) values (:id, :kind, :title, :fileName, "
                        + ":schoolId, :classCode, :studentId, :processInstanceId, :businessKey, :forGuardians, :createdAt, "
                        + ":createdBy, :sha256, :sizeBytes, :replacesId, :schoolYear, :content)",
                new MapSqlParameterSource()
                        .addValue("id", d.id())
                        .addValue("kind", d.kind().name())
                        .addValue("title", d.title())
                        .addValue("fileName", d.fileName())
                        .addValue("schoolId", d.schoolId())
                        .addValue("classCode", d.classCode())
                        .addValue("studentId", d.studentId())
                        .addValue("processInstanceId", d.processInstanceId())
                        .addValue("businessKey", d.businessKey())
                        .addValue("forGuardians", d.forGuardians())
                        .addValue("createdAt", Timestamp.from(d.createdAt()))
                        .addValue("createdBy", d.createdBy())
                        .addValue("sha256", d.sha256())
                        .addValue("sizeBytes", d.sizeBytes())
                        .addValue("replacesId", d.replacesId())
                        .addValue("schoolYear", d.schoolYear())
                        .addValue("content", content));
    }

    @Override
    public Optional<StoredDocument> find(String id) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from app.document where id = :id",
                        Map.of("id", id),
                        JdbcDocumentStore::row)
                .stream()
                .findFirst();
    }

    @Override
    public byte[] content(String id) {
        return jdbc.queryForObject("select content from app.document where id = :id", Map.of("id", id), byte[].class);
    }

    @Override
    public List<StoredDocument> forStudent(String schoolId, String studentId) {
        return jdbc.query(
                "select " + COLUMNS + " from app.document where school_id = :s and student_id = :st "
                        + "order by created_at desc",
                Map.of("s", schoolId, "st", studentId),
                JdbcDocumentStore::row);
    }

    @Override
    public List<StoredDocument> forClass(String schoolId, String classCode) {
        return jdbc.query(
                "select " + COLUMNS + " from app.document where school_id = :s and class_code = :c "
                        + "order by created_at desc",
                Map.of("s", schoolId, "c", classCode),
                JdbcDocumentStore::row);
    }

    @Override
    public List<StoredDocument> forProcessInstance(String processInstanceId) {
        return jdbc.query(
                "select " + COLUMNS + " from app.document where process_instance_id = :p order by created_at",
                Map.of("p", processInstanceId),
                JdbcDocumentStore::row);
    }

    @Override
    public void erase(String processInstanceId) {
        Map<String, Object> p = Map.of("id", processInstanceId);
        jdbc.update(
                "delete from app.document_download where document_id in (select d.id from app.document d "
                        + "where d.process_instance_id = :id)",
                p);
        // a correction points at the version it replaced: loosen the chain before the rows go
        jdbc.update("update app.document set replaces_id = null where process_instance_id = :id", p);
        jdbc.update("delete from app.document where process_instance_id = :id", p);
    }

    @Override
    public Optional<String> replacedBy(String id) {
        return jdbc
                .queryForList("select id from app.document where replaces_id = :id", Map.of("id", id), String.class)
                .stream()
                .findFirst();
    }

    @Override
    public void logDownload(String documentId, String userId) {
        jdbc.update(
                "insert into app.document_download (document_id, user_id, downloaded_at) "
                        + "values (:d, :u, current_timestamp)",
                Map.of("d", documentId, "u", userId));
    }

    private static StoredDocument row(ResultSet rs, int i) throws SQLException {
        return new StoredDocument(
                rs.getString("id"),
                DocumentKind.valueOf(rs.getString("kind")),
                rs.getString("title"),
                rs.getString("file_name"),
                rs.getString("school_id"),
                rs.getString("class_code"),
                rs.getString("student_id"),
                rs.getString("process_instance_id"),
                rs.getString("business_key"),
                rs.getBoolean("for_guardians"),
                instant(rs.getTimestamp("created_at")),
                rs.getString("created_by"),
                rs.getString("sha256"),
                rs.getInt("size_bytes"),
                rs.getString("replaces_id"),
                rs.getString("school_year"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
