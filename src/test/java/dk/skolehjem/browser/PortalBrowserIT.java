package dk.skolehjem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.TestSchools;
import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.conference.RoundPublishingAccess;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.roster.RosterImportService;
import dk.skolehjem.schoolyear.SchoolYearRollout;
import java.io.IOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A family on its phone, on "Mit barn" only: books a conference time, changes it and cancels it under "Mine
 * bookinger"; a council member sends the council's agenda wishes; two guardians of one child answer the same
 * question at the same moment and the second is told the answer already came. Every page is checked by axe-core
 * at any impact. The school is "Portalskolen" (4.B), so the demo school stays as it was.
 */
@SkoleHjemIT
class PortalBrowserIT extends BrowserTest {

    PortalBrowserIT() {
        super(PHONE);
    }

    @Autowired
    RuntimeService runtime;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    IdentityService identity;

    @Autowired
    PolicyRegistry policies;

    @Autowired
    RosterImportService roster;

    @Autowired
    SchoolYearRollout rollout;

    private final SchoolYear year = SchoolYear.of(LocalDate.now());
    private final String classKey = year + ":portal:4.B";

    /** 1 October, inside the round's booking period, for the whole class: timers must not end the tasks. */
    @BeforeAll
    static void inTheBookingPeriod() {
        ClockUtil.setCurrentTime(Date.from(SchoolYear.of(LocalDate.now())
                .date(MonthDay.of(10, 1))
                .atTime(9, 0)
                .atZone(DanishDates.ZONE)
                .toInstant()));
    }

    @AfterAll
    static void realTime() {
        ClockUtil.reset();
    }

    @BeforeEach
    void portalSchool() {
        TestSchools.importSchool(roster, "portal");
        for (String login : List.of("p-mor", "p-far", "p-anden", "p-laerer")) {
            var user = identity.createUserQuery().userId(login).singleResult();
            user.setPassword(login);
            identity.saveUser(user);
        }
        rollout.rollout(year, "portal");
        inTheBookingPeriod();
    }

    @Test
    void aFamilyBooksChangesAndCancelsItsConferenceOnAPhone() throws IOException {
        if (tasks.createTaskQuery()
                        .processInstanceBusinessKeyLike(classKey + ":%")
                        .taskDefinitionKey("bookConference")
                        .count()
                == 0) {
            RoundPublishingAccess.publish(runtime, tasks, policies, "portal", "Portalskolen", "4.B", "standard");
        }
        var wait = waiting();
        Tasklist.portalLogin(browser, wait, port, "p-anden");
        check("portal-mit-barn-360.png");
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//main//a[contains(normalize-space(.),'Book samtaletid')]")))
                .click();
        WebElement first = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=slot]")));
        String booked = label(first);
        first.click();
        // the chosen time is held for the family while it answers the rest
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".hold-status"), "Tiden er holdt til jer"));
        browser.findElement(By.id("goingWell")).sendKeys("Bo læser meget");
        check("portal-booking-held-360.png");
        browser.findElement(By.xpath("//button[normalize-space(.)='Send svar']"))
                .click();
        wait.until(ExpectedConditions.urlContains("/kvittering"));
        assertThat(main()).contains("Tak for jeres svar", "Bo Berg", "Jeres aftale");
        check("portal-booking-confirmed-360.png");
        // the database took the booking at once; the engine completes its task just after
        dk.skolehjem.EngineCatchUp.await(jdbc);

        browser.get("http://localhost:" + port + "/foraeldre");
        assertThat(main()).contains("Mine bookinger", booked, "Bo læser meget");
        check("portal-mine-bookinger-360.png");
        browser.findElement(By.xpath("//main//a[normalize-space(.)='Skift tid']"))
                .click();
        WebElement other = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=tid]")));
        String changed = other.findElement(By.xpath("./..")).getText().strip();
        check("portal-booking-skift-360.png");
        other.click();
        browser.findElement(By.xpath("//button[normalize-space(.)='Skift til den valgte tid']"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Tiden er ændret"));
        check("portal-booking-changed-360.png");
        browser.get("http://localhost:" + port + "/foraeldre");
        assertThat(main()).contains("Mine bookinger").doesNotContain(booked);
        assertThat(changed).isNotBlank();

        browser.findElement(By.xpath("//main//a[normalize-space(.)='Aflys']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Aflys samtalen"));
        check("portal-booking-aflys-360.png");
        browser.findElement(By.xpath("//button[normalize-space(.)='Ja, aflys samtalen']"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Samtalen er aflyst"));
        check("portal-booking-cancelled-360.png");
        browser.get("http://localhost:" + port + "/foraeldre");
        assertThat(main())
                .as("the booking task is back, to book a new time before the deadline")
                .contains("Book samtaletid");
    }

    @Test
    void aCouncilMemberSendsTheCouncilsAgendaWishes() throws IOException {
        // the class team fills in the year plan; the school year then asks the council for its wishes
        var yearPlan = tasks.createTaskQuery()
                .processInstanceBusinessKey(classKey)
                .taskDefinitionKey("fillInYearPlan")
                .singleResult();
        if (yearPlan != null) {
            tasks.complete(yearPlan.getId(), Map.of("conferencePlan", "Uge 46-47", "projectWork", "Uge 12"));
        }
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(() -> tasks.createTaskQuery()
                                .processInstanceBusinessKey(classKey)
                                .taskDefinitionKey("sendWishes")
                                .count()
                        == 1);
        String meeting = tasks.createTaskQuery()
                .processInstanceBusinessKey(classKey)
                .taskDefinitionKey("sendWishes")
                .singleResult()
                .getProcessInstanceId();
        var wait = waiting();
        Tasklist.portalLogin(browser, wait, port, "p-mor");
        assertThat(main()).contains("Klasseforældrerådet i 4.B", "Send ønsker til dagsorden");
        browser.findElement(By.xpath("//main//a[normalize-space(.)='Send ønsker til dagsorden']"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("councilWishes")))
                .sendKeys("Fødselsdagsaftaler\nMobiltelefoner i frikvarteret");
        browser.findElement(By.id("councilQuestions")).sendKeys("Hvornår er lejrskolen?");
        check("portal-council-wishes-360.png");
        browser.findElement(By.xpath("//button[normalize-space(.)='Send svar']"))
                .click();
        wait.until(ExpectedConditions.urlContains("/kvittering"));
        assertThat(main()).contains("Tak for jeres svar", "Klasseforældrerådet i 4.B");
        assertThat(history.createHistoricVariableInstanceQuery()
                        .processInstanceId(meeting)
                        .variableName("councilWishes")
                        .singleResult()
                        .getValue())
                .isEqualTo("Fødselsdagsaftaler\nMobiltelefoner i frikvarteret");
    }

    @Test
    void twoGuardiansAnswerTheSameQuestionAtTheSameMoment() throws IOException {
        String talk = runtime.createProcessInstanceByKey("needs-talk")
                .businessKey(classKey + ":p-e1")
                .setVariables(Map.of(
                        "schoolId",
                        "portal",
                        "studentName",
                        "Ida Iversen",
                        "answerDue",
                        Date.from(LocalDate.now()
                                .plusDays(7)
                                .atStartOfDay(DanishDates.ZONE)
                                .toInstant())))
                .startBeforeActivity("guardiansAnswer")
                .execute(true, false)
                .getId();
        WebDriver far = Browsers.chromium(PHONE, 800);
        try {
            String task = tasks.createTaskQuery()
                    .processInstanceId(talk)
                    .singleResult()
                    .getId();
            var wait = waiting();
            var farWait = new WebDriverWait(far, java.time.Duration.ofSeconds(30));
            Tasklist.portalLogin(browser, wait, port, "p-mor");
            Tasklist.portalLogin(far, farWait, port, "p-far");
            for (WebDriver guardian : List.of(browser, far)) {
                guardian.get("http://localhost:" + port + "/foraeldre/opgave/" + task);
                guardian.findElement(By.id("wantTalk")).click();
            }
            browser.findElement(By.id("guardiansAbout")).sendKeys("Lektier");
            far.findElement(By.id("guardiansAbout")).sendKeys("Venner");
            // both press "Send svar": the second gets the receipt of the first, not an error
            browser.findElement(By.xpath("//button[normalize-space(.)='Send svar']"))
                    .click();
            far.findElement(By.xpath("//button[normalize-space(.)='Send svar']"))
                    .click();
            wait.until(ExpectedConditions.urlContains("/kvittering"));
            assertThat(main()).contains("Tak for jeres svar");
            farWait.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.tagName("h1"), "Jeres svar er allerede modtaget"));
            assertThat(far.findElement(By.tagName("main")).getText())
                    .contains("måske af den anden forælder", "Der er ikke ændret noget");
            Browsers.screenshot(far, "portal-already-answered-360.png");
            assertThat(Axe.violations(far)).isEmpty();
            assertThat(history.createHistoricVariableInstanceQuery()
                            .processInstanceId(talk)
                            .variableName("guardiansAbout")
                            .singleResult()
                            .getValue())
                    .isEqualTo("Lektier");
        } finally {
            far.quit();
            runtime.deleteProcessInstanceIfExists(talk, "browsertest", true, true, true, false);
        }
    }

    private String main() {
        return waiting()
                .until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main")))
                .getText();
    }

    private String label(WebElement input) {
        return browser.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']"))
                .getText();
    }

    /** The page as the family sees it: screenshot, no sideways scrolling, no axe finding at any impact. */
    private void check(String screenshot) throws IOException {
        Browsers.screenshot(browser, screenshot);
        assertThat(Axe.overflowPixels(browser))
                .as("sideways scrolling on %s", browser.getCurrentUrl())
                .isZero();
        assertThat(Axe.violations(browser))
                .as("axe-core on %s", browser.getCurrentUrl())
                .isEmpty();
    }
}
