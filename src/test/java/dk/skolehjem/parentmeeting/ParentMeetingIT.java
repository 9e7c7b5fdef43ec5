package dk.skolehjem.parentmeeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.skolehjem.Http;
import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.calendar.SchoolYear;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The parent meeting in the running application: the demo's year plan for 0.A is completed, the school year calls
 * the parent meeting, the agenda request is written and recorded for the council, and the council's task reaches
 * the contact parents only.
 */
@SkoleHjemIT
class ParentMeetingIT {

    @LocalServerPort
    int port;

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void afterTheYearPlanTheCouncilIsAskedForAgendaWishes() {
        String key = SchoolYear.of(LocalDate.now()) + ":demo:5.A";
        Task yearPlan = tasks.createTaskQuery()
                .processInstanceBusinessKey(key)
                .taskDefinitionKey("fillInYearPlan")
                .singleResult();
        if (yearPlan != null) {
            // Smørum's board promises events beyond the meetings: the plan must name them, in the board's words
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> tasks.complete(
                            yearPlan.getId(), Map.of("conferencePlan", "Uge 46-47", "projectWork", "Uge 12")))
                    .hasMessageContaining("Feltet 'Andre arrangementer' skal udfyldes (princippet: \"Det faste"
                            + " forældremøde suppleres af arrangementer");
            tasks.complete(
                    yearPlan.getId(),
                    Map.of("conferencePlan", "Uge 46-47", "projectWork", "Uge 12", "otherEvents", "Juletræsfest"));
        }
        await().atMost(Duration.ofSeconds(60))
                .until(() -> tasks.createTaskQuery()
                                .processInstanceBusinessKey(key)
                                .taskDefinitionKey("sendWishes")
                                .count()
                        == 1);
        String meeting = runtime.createProcessInstanceQuery()
                .processDefinitionKey("parent-meeting")
                .processInstanceBusinessKey(key)
                .singleResult()
                .getId();
        assertThat(jdbc.queryForObject(
                        "select kind from app.document where process_instance_id = ?", String.class, meeting))
                .isEqualTo("AGENDA_REQUEST");
        assertThat(jdbc.queryForList(
                        "select recipient from app.notification where process_instance_id = ? order by recipient",
                        String.class,
                        meeting))
                .containsExactly("foraelder1", "g5a04a");

        // the council's task is on the council member's "Mit barn", not on another parent's
        String wishesTask = tasks.createTaskQuery()
                .processInstanceBusinessKey(key)
                .taskDefinitionKey("sendWishes")
                .singleResult()
                .getId();
        assertThat(Http.family(port, "foraelder1").get("/foraeldre").body())
                .contains("Klasseforældrerådet i 5.A", "Send ønsker til dagsorden", "/foraeldre/opgave/" + wishesTask);
        assertThat(Http.family(port, "foraelder2").get("/foraeldre").body()).doesNotContain(wishesTask);
        assertThat(Http.family(port, "foraelder2")
                        .get("/foraeldre/opgave/" + wishesTask)
                        .status())
                .isEqualTo(404);
        Http.Answer pdf = Http.as(port, "foraelder1").get("/api/minutes?school=demo&class=5.A");
        assertThat(pdf.json())
                .extracting(l -> l.get("document").get("kind").asText())
                .contains("AGENDA_REQUEST");

        // a contact parent answers on Mit barn with the form's fields only: anything else is left out
        String taskId = tasks.createTaskQuery()
                .processInstanceBusinessKey(key)
                .taskDefinitionKey("sendWishes")
                .singleResult()
                .getId();
        Http parent = Http.family(port, "foraelder1");
        assertThat(parent.postJson(
                                Http.ENGINE + "/task/" + taskId + "/submit-form",
                                Map.of("variables", Map.of("councilWishes", Map.of("value", "Trivsel"))))
                        .status())
                .as("a family has no engine door")
                .isEqualTo(403);
        Http.Answer forged = parent.answer(taskId, Map.of("councilWishes", "Trivsel", "planDue", "2099-01-01"));
        assertThat(forged.status())
                .as("on Mit barn, the form's own fields only")
                .isEqualTo(302);
        assertThat(runtime.getVariable(meeting, "planDue")).isNotEqualTo("2099-01-01");
        assertThat(tasks.createTaskQuery().taskId(taskId).count()).isZero();
        assertThat(runtime.getVariable(meeting, "councilWishes")).isEqualTo("Trivsel");
    }
}
