package dk.skolehjem.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.calendar.SchoolYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine's own lines, as a future route that forgot the rules would meet them: a person cannot start or
 * correlate anything, and a start on someone's behalf must be about a child the roster entitles them to, even with
 * the listeners skipped.
 */
@SkoleHjemIT
class DefenceInDepthIT {

    @Autowired
    RuntimeService runtime;

    @Autowired
    IdentityService identity;

    private final String year = SchoolYear.of(LocalDate.now()).toString();

    @Test
    void aPersonStartsNothingAndCorrelatesNothing_evenWithEveryPermission() {
        long before = runtime.createProcessInstanceQuery().count();
        identity.setAuthentication("leder", List.of("staff-demo", "leadership-demo"), List.of("demo"));
        try {
            assertThatThrownBy(() -> runtime.startProcessInstanceByKey(
                            "talk-request", year + ":demo:5.A:e5a01", Map.of("schoolId", "demo", "requestAbout", "x")))
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> runtime.createMessageCorrelation("conference-message")
                            .processInstanceBusinessKey(year + ":demo:5.A:e5a02")
                            .correlateStartMessage())
                    .isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> runtime.signalEventReceived("anything"))
                    .isInstanceOf(AuthorizationException.class);
        } finally {
            identity.clearAuthentication();
        }
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void aStartOnBehalfOfAGuardian_aboutAnotherFamilysChild_isRefused_evenSkippingListeners() {
        long before = runtime.createProcessInstanceQuery()
                .processDefinitionKey("life-event")
                .count();
        assertThatThrownBy(() -> runtime.createProcessInstanceByKey("life-event")
                        .businessKey(year + ":demo:5.A:e5a02")
                        .setVariables(Map.of(
                                "schoolId",
                                "demo",
                                "requestedBy",
                                "foraelder1",
                                "changeKind",
                                "andet",
                                "description",
                                "forfalsket"))
                        .startBeforeActivity("start-life-event")
                        .execute(true, true))
                .isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("foraelder1");
        assertThatThrownBy(() -> runtime.createProcessInstanceByKey("talk-request")
                        .businessKey(year + ":anden:3.B:a-e1")
                        .setVariables(Map.of("schoolId", "demo", "requestedBy", "leder", "requestAbout", "x"))
                        .execute())
                .as("a leader, another school's student")
                .isInstanceOf(AuthorizationException.class);
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("life-event")
                        .count())
                .isEqualTo(before);

        String own = runtime.createProcessInstanceByKey("life-event")
                .businessKey(year + ":demo:5.A:e5a01")
                .setVariables(Map.of(
                        "schoolId",
                        "demo",
                        "requestedBy",
                        "foraelder1",
                        "child",
                        "e5a01",
                        "changeKind",
                        "andet",
                        "description",
                        "Vi flytter"))
                .execute()
                .getId();
        assertThat(runtime.getVariable(own, "requestedBy")).isEqualTo("foraelder1");
        runtime.deleteProcessInstance(own, "test");
    }
}
