package dk.skolehjem.browser;

import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.calendar.SchoolYear;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every Camunda Form a guardian or council member fills in, opened on "Mit barn" (the portal renders the same .form
 * file) on a 360 px phone and a desktop: it is listed, renders, nothing needs sideways scrolling, every field fits
 * the screen, and axe-core finds nothing at any impact. Each task is put where
 * the guardian meets it (process started before that step, with the data the earlier steps would have left).
 */
@SkoleHjemIT
class GuardianFormsBrowserIT extends BrowserTest {

    GuardianFormsBrowserIT() {
        super(PHONE);
    }

    /** One guardian-facing form: the step that shows it and what earlier steps leave for it. */
    record FormCase(String form, String process, String activity, String businessKey, Map<String, Object> variables) {}

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    private final List<String> started = new ArrayList<>();

    @AfterEach
    void close() {
        started.forEach(
                id -> runtime.deleteProcessInstanceIfExists(id, "formularkontrol i browser", true, true, true, false));
    }

    @Test
    void everyGuardianFormFitsAPhoneAndADesktopAndPassesTheAccessibilityCheck() throws IOException {
        WebDriver desktop = Browsers.chromium(DESKTOP, 900);
        try {
            var wait = waiting();
            Tasklist.portalLogin(browser, wait, port, "foraelder1");
            Tasklist.portalLogin(desktop, new WebDriverWait(desktop, Duration.ofSeconds(30)), port, "foraelder1");
            var soft = new SoftAssertions();
            for (FormCase c : cases()) {
                String instance = runtime.createProcessInstanceByKey(c.process())
                        .businessKey(c.businessKey())
                        .setVariables(c.variables())
                        .startBeforeActivity(c.activity())
                        .execute(true, false)
                        .getId();
                started.add(instance);
                // a task for each guardian (the consent) or one for them all
                var task = tasks
                        .createTaskQuery()
                        .processInstanceId(instance)
                        .taskDefinitionKey(c.activity().split("#")[0])
                        .list()
                        .stream()
                        .filter(t -> t.getAssignee() == null || "foraelder1".equals(t.getAssignee()))
                        .findFirst()
                        .orElseThrow();

                browser.get("http://localhost:" + port + "/foraeldre");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main")));
                soft.assertThat(browser.findElements(
                                By.cssSelector("a[href='/foraeldre/opgave/" + task.getId() + "']")))
                        .as("%s is on Mit barn", c.form())
                        .hasSize(1);
                for (WebDriver screen : List.of(browser, desktop)) {
                    int width = screen == browser ? PHONE : DESKTOP;
                    screen.get("http://localhost:" + port + "/foraeldre/opgave/" + task.getId());
                    new WebDriverWait(screen, Duration.ofSeconds(30))
                            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.portal-form")));
                    Browsers.screenshot(screen, "portal-" + c.form() + "-" + width + ".png");
                    soft.assertThat(Axe.overflowPixels(screen))
                            .as("%s at %d px: sideways scrolling", c.form(), width)
                            .isZero();
                    soft.assertThat(fieldsOutsideTheScreen(screen))
                            .as("%s at %d px: fields wider than the screen", c.form(), width)
                            .isEmpty();
                    soft.assertThat(Axe.violations(screen))
                            .as("%s at %d px: axe-core, any impact", c.form(), width)
                            .isEmpty();
                    soft.assertThat(screen.findElement(By.tagName("main")).getText())
                            .as("%s: Danish text shown", c.form())
                            .containsAnyOf("æ", "ø", "å", "Vælg", "Ja", "I ")
                            .doesNotContain("{{");
                }
            }
            soft.assertAll();
        } finally {
            desktop.quit();
        }
    }

    private static List<String> fieldsOutsideTheScreen(WebDriver screen) {
        @SuppressWarnings("unchecked")
        List<String> outside = (List<String>) ((JavascriptExecutor) screen).executeScript("""
                return [...document.querySelectorAll('form.portal-form .part')]
                  .filter(f => f.getBoundingClientRect().right > window.innerWidth + 1 || f.getBoundingClientRect().left < -1)
                  .map(f => (f.querySelector('label') || f).textContent.trim());
                """);
        return outside;
    }

    /** foraelder1: custody of Louise Hansen (e5a01, 5.A) and member of 5.A's parent council. */
    private static List<FormCase> cases() {
        String year = SchoolYear.of(LocalDate.now()).toString();
        String classKey = year + ":demo:5.A";
        String studentKey = classKey + ":e5a01";
        LocalDate soon = LocalDate.now().plusDays(10);
        var children = Spin.JSON("[]");
        children.append(Spin.JSON("{}").prop("label", "Louise Hansen, 5.A").prop("value", "e5a01"));
        children.append(Spin.JSON("{}").prop("label", "Emil Hansen, 2.B").prop("value", "e2b07"));
        var slots = Spin.JSON("[]");
        slots.append(Spin.JSON("{}")
                .prop("label", "tirsdag 3. november kl. 14.00-14.20")
                .prop("value", "slot-1"));
        slots.append(Spin.JSON("{}")
                .prop("label", "tirsdag 3. november kl. 14.20-14.40")
                .prop("value", "slot-2"));
        Map<String, Object> student = Map.of("schoolId", "demo", "classCode", "5.A", "studentName", "Louise Hansen");
        return List.of(
                new FormCase(
                        "pre-conference",
                        "conference",
                        "bookConference",
                        studentKey,
                        with(
                                student,
                                "availableSlots",
                                SpinValues.jsonValue(slots).create(),
                                "bookingDeadline",
                                date(soon),
                                "reminderAt",
                                date(soon.minusDays(3)))),
                new FormCase(
                        "learning-booking",
                        "learning-conversation",
                        "bookLearning",
                        studentKey,
                        with(
                                student,
                                "availableSlots",
                                SpinValues.jsonValue(slots).create(),
                                "bookingDeadline",
                                date(soon),
                                "reminderAt",
                                date(soon.minusDays(3)))),
                new FormCase(
                        "needs-talk-answer",
                        "needs-talk",
                        "guardiansAnswer",
                        studentKey,
                        with(student, "answerDue", date(soon))),
                new FormCase(
                        "needs-talk-accept",
                        "needs-talk",
                        "acceptTime",
                        studentKey,
                        with(
                                student,
                                "talkDate",
                                soon.toString(),
                                "talkTime",
                                "15:00",
                                "talkPlace",
                                "Klasselokalet 5.A")),
                new FormCase(
                        "concern-consent",
                        "concern-consent",
                        "giveConsent#multiInstanceBody",
                        studentKey,
                        with(student, "schoolName", "Demoskolen", "policyId", "standard", "caseId", "formularkontrol")),
                new FormCase(
                        "class-visit-accept",
                        "class-visit",
                        "acceptVisitDate",
                        studentKey,
                        with(
                                student,
                                "requestedBy",
                                "foraelder1",
                                "visitDate",
                                soon.toString(),
                                "purpose",
                                "Se en dansktime")),
                new FormCase(
                        "parent-meeting-wishes",
                        "parent-meeting",
                        "sendWishes",
                        classKey,
                        Map.of(
                                "schoolId",
                                "demo",
                                "classCode",
                                "5.A",
                                "councilDue",
                                date(soon),
                                "councilFollowUp",
                                date(soon.minusDays(2)))),
                new FormCase(
                        "parent-meeting-approval",
                        "parent-meeting",
                        "approveMeeting",
                        classKey,
                        Map.of(
                                "schoolId",
                                "demo",
                                "classCode",
                                "5.A",
                                "approveDue",
                                date(soon),
                                "meetingDate",
                                soon.plusDays(10).toString(),
                                "meetingTime",
                                "19:00",
                                "meetingLength",
                                120L,
                                "place",
                                "Klasselokalet 5.A",
                                "fixedAgenda",
                                "1. Årets plan\n2. Aftaler om kommunikationen mellem skole og hjem og forældrene imellem",
                                "agenda",
                                "Lejrskole\nEventuelt")));
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... more) {
        Map<String, Object> all = new LinkedHashMap<>(base);
        for (int i = 0; i < more.length; i += 2) {
            all.put((String) more[i], more[i + 1]);
        }
        return all;
    }

    private static java.util.Date date(LocalDate day) {
        return java.util.Date.from(day.atTime(12, 0)
                .atZone(java.time.ZoneId.of("Europe/Copenhagen"))
                .toInstant());
    }
}
