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
        Tasklist.login(browser, wait, port, "foraelder1");
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//*[contains(@class,'task-filters')]//*[normalize-space(text())='Mit barn']")))
                .click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                        "//*[contains(@class,'tasks-list')]//a[contains(normalize-space(.),'Book samtaletid')]")))
                .click();
        Tasklist.claim(browser, wait);

        WebElement select =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-form-field-select input, "
                        + ".fjs-form-field-select .fjs-select-display, .fjs-form-field-select .fjs-input-group")));
        scrollTo(select).click();
        WebElement first =
                wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-dropdownlist-item")));
        String chosen = first.getText();
        first.click();
        WebElement talk = browser.findElement(By.xpath(
                "//label[contains(normalize-space(.),'Hvad vil I gerne tale om?')]" + "/following::textarea[1]"));
        scrollTo(talk).sendKeys("Venskaber i klassen");
        talk.sendKeys(org.openqa.selenium.Keys.TAB);
        screenshot("pre-conference-360.png");
        WebElement complete = browser.findElement(By.xpath("//button[normalize-space(.)='Fuldfør']"));
        scrollTo(complete);
        wait.until(ExpectedConditions.elementToBeClickable(complete)).click();
        wait.until(d -> tasks.createTaskQuery()
                        .taskCandidateUser("foraelder1")
                        .taskDefinitionKey("bookConference")
                        .count()
                == 0);

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
