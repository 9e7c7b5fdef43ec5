package dk.skolehjem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.TestSchools;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.conference.RoundPublishingAccess;
import dk.skolehjem.login.LoginLinks;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.roster.RosterImportService;
import dk.skolehjem.schoolyear.SchoolYearRollout;
import java.io.IOException;
import java.time.LocalDate;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A new guardian on a phone (360 px): the roster import sends a one-time link; she follows it, chooses a password,
 * lands on "Mit barn" (never Camunda), books a time on the pre-conference form asking for an interpreter and sees
 * it confirmed at once. Every page passes the axe-core WCAG 2.1 AA check with no finding at any impact and needs no
 * sideways scrolling.
 */
@SkoleHjemIT
class FirstLoginBrowserIT extends BrowserTest {

    FirstLoginBrowserIT() {
        super(PHONE);
    }

    private static final String GUARDIAN = "t-foraelder";

    @Autowired
    RosterImportService roster;

    @Autowired
    SchoolYearRollout rollout;

    @Autowired
    LoginLinks links;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    PolicyRegistry policies;

    @AfterEach
    void close() {
        ClockUtil.reset();
    }

    @Test
    void aNewGuardianFollowsTheLinkChoosesAPasswordAndFillsInThePreConferenceFormOnAPhone() throws IOException {
        var report = TestSchools.importSchool(roster, "tredje");
        rollout.rollout(SchoolYear.of(LocalDate.now()), "tredje");
        RoundPublishingAccess.publish(runtime, tasks, policies, "tredje", "Tredje Skole", "2.C", "standard");
        if (!report.createdUsers().contains(GUARDIAN)) {
            links.issue(GUARDIAN); // the login existed already (a second run against the same database)
        }
        // what the e-mail says: the newest link for her, kept in the outbox
        String link = jdbc.queryForObject(
                "select link from app.notification where recipient = ? and kind = 'LOGIN_LINK' "
                        + "order by id desc limit 1",
                String.class,
                GUARDIAN);
        assertThat(link).startsWith("/login/link?t=");
        var wait = waiting();

        browser.get("http://localhost:" + port + link);
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//h1[normalize-space(.)='Vælg din adgangskode']")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Dit brugernavn er " + GUARDIAN);
        checkPage("first-login-password-360.png");
        browser.findElement(By.id("password")).sendKeys("Solsikke-Marts-2027");
        browser.findElement(By.id("repeated")).sendKeys("Solsikke-Marts-2027");
        browser.findElement(By.xpath("//button[normalize-space(.)='Gem og log ind']"))
                .click();

        // logged in at once, on "Mit barn" (never Camunda), with her child's task
        wait.until(ExpectedConditions.urlContains("/foraeldre"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mit barn");
        WebElement task = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//main//a[contains(normalize-space(.),'Book samtaletid')]")));
        checkPage("first-login-mit-barn-360.png");
        task.click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.portal-form")));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Skole-hjem-samtale for Yusuf Hassan", "Om Yusuf Hassan, 2.C");
        WebElement first = browser.findElement(By.cssSelector("input[name=slot]"));
        String chosen = browser.findElement(By.cssSelector("label[for='" + first.getAttribute("id") + "']"))
                .getText();
        scrollTo(first).click();
        WebElement talk = browser.findElement(By.id("wantToTalkAbout"));
        scrollTo(talk).sendKeys("Hvordan Yusuf har det i frikvartererne");
        assertThat(browser.findElement(By.id("interpreterLanguage")).isDisplayed())
                .as("the language is asked only with an interpreter")
                .isFalse();
        scrollTo(browser.findElement(By.id("interpreterNeeded"))).click();
        WebElement language = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("interpreterLanguage")));
        new org.openqa.selenium.support.ui.Select(scrollTo(language)).selectByVisibleText("Arabisk");
        checkPage("pre-conference-interpreter-360.png");

        scrollTo(browser.findElement(By.xpath("//button[normalize-space(.)='Send svar']")))
                .click();
        wait.until(ExpectedConditions.urlContains("/kvittering"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Tak for jeres svar", "Yusuf Hassan", "Jeres aftale");
        checkPage("pre-conference-confirmed-360.png");
        // the database took the booking at once; the engine completes its task just after
        dk.skolehjem.EngineCatchUp.await(jdbc);
        assertThat(history.createHistoricTaskInstanceQuery()
                        .taskDefinitionKey("bookConference")
                        .processInstanceBusinessKeyLike("%:tredje:2.C%")
                        .finished()
                        .count())
                .isEqualTo(1);

        assertThat(value("interpreterNeeded")).isEqualTo(true);
        assertThat(value("interpreterLanguage")).isEqualTo("arabisk");
        assertThat(value("wantToTalkAbout")).isEqualTo("Hvordan Yusuf har det i frikvartererne");
        assertThat(jdbc.queryForObject(
                        "select count(*) from app.conference_slot where booked_student = 't-e1' " + "and booked_by = ?",
                        Integer.class,
                        GUARDIAN))
                .as("booked: %s", chosen)
                .isEqualTo(1);
    }

    private Object value(String name) {
        var found = history.createHistoricVariableInstanceQuery().variableName(name).list().stream()
                .filter(v -> {
                    var instance = history.createHistoricProcessInstanceQuery()
                            .processInstanceId(v.getProcessInstanceId())
                            .singleResult();
                    return instance.getBusinessKey() != null
                            && instance.getBusinessKey().contains(":tredje:2.C");
                })
                .toList();
        assertThat(found).as(name).isNotEmpty();
        return found.get(0).getValue();
    }

    /** The page as she sees it: screenshot, no sideways scrolling at 360 px, no serious WCAG findings. */
    private void checkPage(String screenshot) throws IOException {
        Browsers.screenshot(browser, screenshot);
        assertThat(Axe.overflowPixels(browser))
                .as("sideways scrolling on %s", browser.getCurrentUrl())
                .isZero();
        assertThat(Axe.violations(browser))
                .as("axe-core on %s", browser.getCurrentUrl())
                .isEmpty();
    }

    private WebElement scrollTo(WebElement element) {
        return Tasklist.scrollTo(browser, element);
    }
}
