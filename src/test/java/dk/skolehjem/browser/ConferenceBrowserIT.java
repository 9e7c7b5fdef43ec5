package dk.skolehjem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.conference.RoundPublishingAccess;
import dk.skolehjem.policy.PolicyRegistry;
import java.io.IOException;
import java.time.Duration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** foraelder1 books a conference time in Tasklist on a phone-sized screen; laerer then sees the booking. */
@SkoleHjemIT
class ConferenceBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    PolicyRegistry policies;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.chromium(360, 900);
    }

    @AfterEach
    void close() {
        if (browser != null) {
            browser.quit();
        }
        ClockUtil.reset();
    }

    @Test
    void aGuardianBooksATimeOnAPhoneAndTheTeacherSeesIt() throws IOException {
        RoundPublishingAccess.publish(runtime, tasks, policies, "demo", "Demoskolen", "5.A", "distriktsskole-smorum");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        login(wait, "foraelder1");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(@class,'task-filters')]//*[normalize-space(text())='Mit barn']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'tasks-list')]//a[contains(normalize-space(.),'Book samtaletid')]"))).click();
        WebElement claim = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath("//button[normalize-space(.)='Overtag']")));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", claim);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//button[normalize-space(.)='Overtag']")));

        WebElement select = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-form-field-select input, "
                + ".fjs-form-field-select .fjs-select-display, .fjs-form-field-select .fjs-input-group")));
        scrollTo(select).click();
        WebElement first = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-dropdownlist-item")));
        String chosen = first.getText();
        first.click();
        WebElement talk = browser.findElement(By.xpath("//label[contains(normalize-space(.),'Hvad vil I gerne tale om?')]"
                + "/following::textarea[1]"));
        scrollTo(talk).sendKeys("Venskaber i klassen");
        talk.sendKeys(org.openqa.selenium.Keys.TAB);
        screenshot("pre-conference-360.png");
        WebElement complete = browser.findElement(By.xpath("//button[normalize-space(.)='Fuldfør']"));
        scrollTo(complete);
        wait.until(ExpectedConditions.elementToBeClickable(complete)).click();
        wait.until(d -> tasks.createTaskQuery().taskCandidateUser("foraelder1").taskDefinitionKey("bookConference").count() == 0);

        browser.manage().deleteAllCookies();
        login(wait, "laerer");
        browser.get("http://localhost:" + port + "/samtaler?school=demo&class=5.A");
        String page = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main"))).getText();
        assertThat(page).contains("Skole-hjem-samtaler 5.A", "Louise Hansen", chosen);
        screenshot("conference-overview-laerer.png");
    }

    private void login(WebDriverWait wait, String user) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]"))).sendKeys(user);
        browser.findElement(By.cssSelector("input[type=password]")).sendKeys(user);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters")));
    }

    private WebElement scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }

    private void screenshot(String name) throws IOException {
        Browsers.screenshot(browser, name);
    }
}
