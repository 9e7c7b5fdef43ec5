package dk.skolehjem.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import dk.skolehjem.ProcessTest;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The document step as processes use it: async, retried, exactly one document, an incident when it keeps failing. */
@ProcessTest
@Deployment(resources = "bpmn/document-step.bpmn")
class WriteDocumentStepTest {

    private final ProcessEngine engine;
    private final InMemoryDocumentStore store;

    WriteDocumentStepTest(ProcessEngine engine, InMemoryDocumentStore store) {
        this.engine = engine;
        this.store = store;
    }

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-09-03T12:00:00Z")));
    }

    @Test
    void theDocumentIsWrittenInAnAsyncStepAndPutOnTheProcessAsAPdf() throws Exception {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt("write-minutes");
        assertThat(store.documents).isEmpty();
        runJob();
        assertThat(pi).isEnded();
        assertThat(store.documents).hasSize(1);
        StoredDocument doc = store.documents.values().iterator().next();
        assertThat(doc.fileName()).isEqualTo("referat-skole-hjem-samtale-5A-2026-09-03.pdf");
        assertThat(doc.createdBy()).isEqualTo("laerer");
        assertThat(doc.schoolId()).isEqualTo("demo");
        assertThat(doc.studentId()).isEqualTo("e5a01");
        assertThat(doc.processInstanceId()).isEqualTo(pi.getId());
        assertThat(doc.businessKey()).isEqualTo("2026-27:demo:5.A:e5a01");
        assertThat(doc.sha256()).hasSize(64);
        FileValue pdf = engine.getHistoryService()
                                .createHistoricVariableInstanceQuery()
                                .processInstanceId(pi.getId())
                                .variableName("minutesPdf")
                                .singleResult()
                                .getTypedValue()
                        instanceof FileValue f
                ? f
                : null;
        assertThat(pdf).isNotNull();
        assertThat(pdf.getMimeType()).isEqualTo("application/pdf");
        assertThat(pdf.getFilename()).isEqualTo(doc.fileName());
        assertThat(PdfReading.text(pdf.getValue().readAllBytes())).contains(ExampleDocuments.DANISH);
    }

    @Test
    void aStorageFailureIsRetriedAndMakesExactlyOneDocument() throws JsonProcessingException {
        store.failuresLeft = 1;
        ProcessInstance pi = start();
        assertThatThrownBy(this::runJob).hasMessageContaining("kunne ikke gemmes: databasen svarer ikke");
        Job job = engine.getManagementService()
                .createJobQuery()
                .processInstanceId(pi.getId())
                .singleResult();
        assertThat(job.getRetries()).isEqualTo(2);
        assertThat(store.documents).isEmpty();
        runJob();
        assertThat(pi).isEnded();
        assertThat(store.documents).hasSize(1);
    }

    @Test
    void aStepThatKeepsFailingBecomesAnIncidentWithAClearMessage() throws JsonProcessingException {
        store.failuresLeft = Integer.MAX_VALUE;
        ProcessInstance pi = start();
        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(this::runJob).hasMessageContaining("kunne ikke gemmes");
        }
        Incident incident = engine.getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(pi.getId())
                .singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getActivityId()).isEqualTo("write-minutes");
        assertThat(incident.getIncidentMessage())
                .isEqualTo("Dokumentet 'Referat – Skole-hjem-samtale' kunne ikke gemmes: databasen svarer ikke");
        assertThat(store.documents).isEmpty();
        assertThat(pi).isWaitingAt("write-minutes");
    }

    @Test
    void aMissingDocumentVariableIsAnIncidentNotASilentGap() {
        ProcessInstance pi =
                engine.getRuntimeService().startProcessInstanceByKey("document-step", Map.of("schoolId", "demo"));
        assertThatThrownBy(this::runJob).hasMessageContaining("variablen 'meetingDocument' mangler");
        assertThat(pi).isWaitingAt("write-minutes");
    }

    private void runJob() {
        Job job = engine.getManagementService().createJobQuery().singleResult();
        engine.getManagementService().executeJob(job.getId());
    }

    private ProcessInstance start() throws JsonProcessingException {
        return engine.getRuntimeService()
                .startProcessInstanceByKey(
                        "document-step",
                        "2026-27:demo:5.A:e5a01",
                        Map.of(
                                "schoolId",
                                "demo",
                                "classCode",
                                "5.A",
                                "studentId",
                                "e5a01",
                                "meetingDocument",
                                WriteDocumentDelegate.JSON.writeValueAsString(ExampleDocuments.minutes())));
    }
}
