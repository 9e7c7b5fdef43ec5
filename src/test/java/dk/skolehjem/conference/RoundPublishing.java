package dk.skolehjem.conference;

import static org.awaitility.Awaitility.await;

import dk.skolehjem.calendar.SchoolCalendar;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.policy.PolicyRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * Test aid: publishes a class's conference round the way the class team does, whatever the date the tests run on.
 * The engine clock is set to 1 October of the current school year (inside every shipped principle's window) until
 * the caller resets it; the round itself is the one the school year started, or a new one when the window has passed.
 */
public final class RoundPublishing {

    private RoundPublishing() {}

    /** Publishes two afternoons of 20-minute slots in early November; returns the business key of the round. */
    public static String publish(
            RuntimeService runtime,
            TaskService tasks,
            PolicyRegistry policies,
            String schoolId,
            String schoolName,
            String classCode,
            String policyId) {
        SchoolYear year = SchoolYear.of(LocalDate.now());
        String key = year + ":" + schoolId + ":" + classCode;
        var schoolYear = runtime.createProcessInstanceQuery()
                .processDefinitionKey("school-year")
                .processInstanceBusinessKey(key)
                .singleResult();
        if (schoolYear != null && Boolean.TRUE.equals(runtime.getVariable(schoolYear.getId(), "conferenceEnabled"))) {
            await().atMost(Duration.ofSeconds(60)).until(() -> publishTask(tasks, key) != null);
        } else if (publishTask(tasks, key) == null) {
            runtime.startProcessInstanceByKey(
                    "conference-round",
                    key,
                    Map.of(
                            "schoolId",
                            schoolId,
                            "schoolName",
                            schoolName,
                            "classCode",
                            classCode,
                            "schoolYear",
                            year.toString(),
                            "policyId",
                            policyId));
        }
        LocalDate today = year.date(MonthDay.of(10, 1));
        ClockUtil.setCurrentTime(Date.from(
                today.atTime(9, 0).atZone(ZoneId.of("Europe/Copenhagen")).toInstant()));
        List<LocalDate> days = schoolDays(policies.get(policyId).calendar(year), year.date(MonthDay.of(11, 2)));
        Map<String, Object> plan = new HashMap<>(Map.of(
                "firstDay",
                days.get(0).toString(),
                "lastDay",
                days.get(1).toString(),
                "dailyStart",
                "14:00",
                "dailyEnd",
                "18:00",
                "slotMinutes",
                20L,
                "place",
                "Klasselokalet " + classCode,
                "format",
                "individuel",
                "bookingDeadline",
                today.plusDays(14).toString()));
        tasks.complete(publishTask(tasks, key).getId(), plan);
        return key;
    }

    private static Task publishTask(TaskService tasks, String key) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(key)
                .taskDefinitionKey("publishRound")
                .singleResult();
    }

    private static List<LocalDate> schoolDays(SchoolCalendar calendar, LocalDate from) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; days.size() < 2; d = d.plusDays(1)) {
            if (calendar.isSchoolDay(d)) {
                days.add(d);
            }
        }
        return days;
    }
}
