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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A new guardian on a phone (360 px): the roster import sends a one-time link; she follows it, chooses a password,
 * lands on "Mit barn", and fills in the pre-conference form asking for an interpreter. Every page passes the
 * axe-core WCAG 2.1 AA check without serious or critical findings and needs no sideways scrolling.
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

        // logged in at once, on her own filter, with her child's task
        WebElement active = wait.until(
                ExpectedConditions.visibilityOfElementLocated(
                        By.xpath(
                                "//*[contains(@class,'task-filters')]//*[contains(@class,'active')]//*[normalize-space(text())='Mit barn']")));
        assertThat(active.isDisplayed()).isTrue();
        WebElement task = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(@class,'tasks-list')]//a[contains(normalize-space(.),'Book samtaletid')]")));
        checkPage("first-login-mit-barn-360.png");
        task.click();

        Tasklist.claim(browser, wait);
        WebElement slot = wait.until(
                ExpectedConditions.elementToBeClickable(
                        By.cssSelector(
                                ".fjs-form-field-select input, .fjs-form-field-select .fjs-select-display, .fjs-form-field-select .fjs-input-group")));
        assertThat(browser.findElement(By.cssSelector(".fjs-container")).getText())
                .contains("Skole-hjem-samtale for Yusuf Hassan");
        scrollTo(slot).click();
        WebElement first =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-dropdownlist-item")));
        String chosen = first.getText();
        first.click();
        WebElement talk = browser.findElement(By.xpath(
                "//label[contains(normalize-space(.),'Hvad vil I gerne tale om?')]" + "/following::textarea[1]"));
        scrollTo(talk).sendKeys("Hvordan Yusuf har det i frikvartererne", Keys.TAB);

        WebElement interpreter =
                browser.findElement(By.xpath("//label[contains(normalize-space(.),'Jeg vil gerne have en tolk')]"));
        scrollTo(interpreter).click();
        WebElement language = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//label[normalize-space(.)='Sprog' or normalize-space(.)='Sprog*']/ancestor::*[contains(@class,'fjs-form-field')][1]"
                        + "//*[contains(@class,'fjs-input-group') or self::input][1]")));
        scrollTo(language).click();
        WebElement arabic = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='Arabisk']")));
        arabic.click();
        checkPage("pre-conference-interpreter-360.png");

        WebElement complete = browser.findElement(By.xpath("//button[normalize-space(.)='Fuldfør']"));
        scrollTo(complete);
        wait.until(ExpectedConditions.elementToBeClickable(complete)).click();
        wait.until(d -> history.createHistoricTaskInstanceQuery()
                        .taskDefinitionKey("bookConference")
                        .processInstanceBusinessKeyLike("%:tredje:2.C%")
                        .finished()
                        .count()
                == 1);

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
        assertThat(Axe.seriousViolations(browser))
                .as("axe-core on %s", browser.getCurrentUrl())
                .isEmpty();
    }

    private WebElement scrollTo(WebElement element) {
        return Tasklist.scrollTo(browser, element);
    }
}
