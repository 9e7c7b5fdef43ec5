package dk.skolehjem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.conference.RoundPublishingAccess;
import dk.skolehjem.policy.PolicyRegistry;
import java.io.IOException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** foraelder1 books a conference time in Tasklist on a phone-sized screen; laerer then sees the booking. */
@SkoleHjemIT
class ConferenceBrowserIT extends BrowserTest {

    ConferenceBrowserIT() {
        super(PHONE);
    }

    @Autowired
    RuntimeService runtime;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    TaskService tasks;

    @Autowired
    PolicyRegistry policies;

    @AfterEach
    void close() {
        ClockUtil.reset();
    }

    @Test
    void aGuardianBooksATimeOnAPhoneAndTheTeacherSeesIt() throws IOException {
        RoundPublishingAccess.publish(runtime, tasks, policies, "demo", "Demoskolen", "5.A", "distriktsskole-smorum");
        var wait = waiting();
        Tasklist.portalLogin(browser, wait, port, "foraelder1");
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//main//a[contains(normalize-space(.),'Book samtaletid')]")))
                .click();
        WebElement first = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name=slot]")));
        String chosen = browser.findElement(By.cssSelector("label[for='" + first.getAttribute("id") + "']"))
                .getText();
        scrollTo(first).click();
        scrollTo(browser.findElement(By.id("wantToTalkAbout"))).sendKeys("Venskaber i klassen");
        screenshot("pre-conference-360.png");
        scrollTo(browser.findElement(By.xpath("//button[normalize-space(.)='Send svar']")))
                .click();
        wait.until(ExpectedConditions.urlContains("/kvittering"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Tak for jeres svar", "Jeres aftale");
        screenshot("pre-conference-confirmed-360.png");
        // the database took the booking at once; the engine completes its task just after
        dk.skolehjem.EngineCatchUp.await(jdbc);
        assertThat(tasks.createTaskQuery()
                        .taskCandidateUser("foraelder1")
                        .taskDefinitionKey("bookConference")
                        .count())
                .isZero();

        browser.manage().deleteAllCookies();
        Tasklist.login(browser, wait, port, "laerer");
        browser.get("http://localhost:" + port + "/samtaler?school=demo&class=5.A");
        String page = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main")))
                .getText();
        assertThat(page).contains("Skole-hjem-samtaler 5.A", "Louise Hansen", chosen);
        screenshot("conference-overview-laerer.png");
    }

    private WebElement scrollTo(WebElement element) {
        return Tasklist.scrollTo(browser, element);
    }

    private void screenshot(String name) throws IOException {
        Browsers.screenshot(browser, name);
    }
}
