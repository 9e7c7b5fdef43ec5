package dk.skolehjem.weeklyplan;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.Http;
import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.TestSchools;
import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.calendar.SchoolYear;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * R1 over HTTP: the class team publishes its weekly plan in Tasklist, and at that moment every family of the class
 * reads it on "Mit barn", per subject and with the class's news; a family of another school's class does not.
 */
@SkoleHjemIT
class WeeklyPlanIT {

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    dk.skolehjem.roster.RosterImportService roster;

    @Autowired
    dk.skolehjem.schoolyear.SchoolYearRollout rollout;

    @Autowired
    org.camunda.bpm.engine.IdentityService identity;

    @Test
    void thePlanTheTeamPublishesIsOnEveryClassFamilysMitBarnAtOnce() {
        LocalDate monday = LocalDate.now().with(DayOfWeek.MONDAY).plusWeeks(1);
        int week = monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        String instance = runtime.createProcessInstanceByKey("weekly-plan")
                .businessKey(SchoolYear.of(LocalDate.now()) + ":demo:5.A")
                .setVariables(Map.of(
                        "schoolId", "demo",
                        "classCode", "5.A",
                        "policyId", "distriktsskole-smorum",
                        "weeklyPlanFormat", "FORM",
                        "planWeek",
                                Date.from(monday.atStartOfDay(DanishDates.ZONE).toInstant()),
                        "planWeekNumber", week,
                        "planDue",
                                Date.from(monday.minusDays(3)
                                        .atTime(15, 0)
                                        .atZone(DanishDates.ZONE)
                                        .toInstant())))
                .startBeforeActivity("publishWeeklyPlan")
                .execute()
                .getId();
        try {
            String task = tasks.createTaskQuery()
                    .processInstanceId(instance)
                    .singleResult()
                    .getId();
            Http team = Http.tasklist(port, "laerer");
            Http.Answer published = team.postJson(
                    Http.ENGINE + "/task/" + task + "/submit-form",
                    Map.of(
                            "variables",
                            Map.of(
                                    "subjects",
                                    Map.of("value", "Dansk: vi læser Klods-Hans\nMatematik: brøker", "type", "String"),
                                    "classNews",
                                    Map.of("value", "Husk idrætstøj tirsdag", "type", "String"))));
            assertThat(published.status()).as(published.body()).isEqualTo(204);

            String louise = Http.family(port, "foraelder1").get("/foraeldre").body();
            assertThat(louise)
                    .contains(
                            "Ugeplan for uge " + week,
                            "Ugens indhold i alle fag",
                            "Dansk: vi læser Klods-Hans",
                            "Nyt fra klassen",
                            "Husk idrætstøj tirsdag");
            assertThat(Http.family(port, "foraelder2").get("/foraeldre").body())
                    .as("every family of the class")
                    .contains("Ugeplan for uge " + week, "Husk idrætstøj tirsdag");
            TestSchools.ensureAnden(roster, rollout, identity);
            assertThat(Http.family(port, "anden-foraelder").get("/foraeldre").body())
                    .as("another school's class")
                    .doesNotContain("Klods-Hans", "Husk idrætstøj");
        } finally {
            runtime.deleteProcessInstanceIfExists(instance, "test", true, true, true, false);
        }
    }
}
