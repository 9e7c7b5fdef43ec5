package dk.skolehjem.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.skolehjem.SkoleHjemIT;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The document step in the running application with the real store: a failure later in the same job rolls the
 * document back with the job, and the retry writes exactly one.
 */
@SkoleHjemIT
class DocumentStepIT {

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aRetryAfterAFailureLaterInTheJobLeavesExactlyOneDocument() throws Exception {
        repository
                .createDeployment()
                .name("test-document-then-fail")
                .addClasspathResource("bpmn/document-then-fail.bpmn")
                .enableDuplicateFiltering(true)
                .deploy();
        var pi = runtime.startProcessInstanceByKey(
                "document-then-fail",
                "2026-27:demo:5.A:e5a01",
                Map.of(
                        "schoolId",
                        "demo",
                        "meetingDocument",
                        WriteDocumentDelegate.JSON.writeValueAsString(ExampleDocuments.minutes())));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> runtime.createProcessInstanceQuery()
                                .processInstanceId(pi.getId())
                                .count()
                        == 0);
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.document where process_instance_id = ?", Integer.class, pi.getId()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select school_year from app.document where process_instance_id = ?", String.class, pi.getId()))
                .isEqualTo("2026-27");
    }
}
