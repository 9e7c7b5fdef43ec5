package dk.skolehjem.schoolyear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.minutes.PdfReading;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The year-end summary from the real documents and message books of the demo's 0.A (R10, R17). */
@SkoleHjemIT
class YearSummaryIT {

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.camunda.bpm.engine.TaskService tasks;

    @Test
    void theSummaryCountsTheStudentsWhoseParentsWereInformedAsThePrinciplePromises() {
        repository
                .createDeployment()
                .name("test-year-summary")
                .addClasspathResource("bpmn/year-summary-step.bpmn")
                .enableDuplicateFiltering(true)
                .deploy();
        String key = SchoolYear.of(LocalDate.now()) + ":demo:0.A";
        var talk = runtime.startProcessInstanceByKey(
                "needs-talk",
                key + ":e0a01",
                Map.of(
                        "schoolId",
                        "demo",
                        "schoolName",
                        "Demoskolen",
                        "offered",
                        true,
                        "policyId",
                        jdbc.queryForObject("select policy_id from app.school where id = 'demo'", String.class)));
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(talk.getId())
                        .taskDefinitionKey("guardiansAnswer")
                        .singleResult()
                        .getId(),
                Map.of("wantTalk", false));
        tasks.complete(
                tasks.createTaskQuery()
                        .processInstanceId(talk.getId())
                        .taskDefinitionKey("teamAnswers")
                        .singleResult()
                        .getId(),
                Map.of("teamWantsTalk", false));
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(talk.getId())
                        .count())
                .isZero();
        var pi = runtime.startProcessInstanceByKey(
                "year-summary-step",
                key,
                // a principle that promises the parents are told twice a year (seed 001)
                Map.of(
                        "schoolId",
                        "demo",
                        "schoolName",
                        "Demoskolen",
                        "policyId",
                        "skole-med-meddelelsesbog-og-laeringssamtaler"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> runtime.createProcessInstanceQuery()
                                .processInstanceId(pi.getId())
                                .count()
                        == 0);
        byte[] pdf = jdbc.queryForObject(
                "select content from app.document where process_instance_id = ?", byte[].class, pi.getId());
        assertThat(PdfReading.text(pdf))
                .contains(
                        "Årsoversigt – Skoleåret",
                        "Forældrene orienteret om udbyttet, som princippet lover",
                        "af 20 elever",
                        "Elev for elev",
                        "mangler mål i Sprog",
                        "Behovssamtaler",
                        "Tilbudt, men hverken forældre eller klasseteam ønskede en samtale: 1 (Clara Hansen)");
        assertThat(jdbc.queryForObject(
                        "select for_guardians from app.document where process_instance_id = ?",
                        Boolean.class,
                        pi.getId()))
                .isFalse();
    }
}
