package dk.skolehjem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.SkoleHjemIT;
import java.io.IOException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A concern in a real browser: {@code laerer} raises it from the class's page for one of the class's students,
 * {@code leder} finds it in Cockpit and confirms the suggested network meeting in Tasklist, and {@code foraelder1}
 * answers the request for consent to involve PPR in "Mit barn".
 */
@SkoleHjemIT
class ConcernBrowserIT extends BrowserTest {

    @Autowired
    TaskService tasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcTemplate jdbc;

    ConcernBrowserIT() {
        super(DESKTOP);
    }

    @Test
    void aTeacherRaisesAConcern_leadershipSeesItInCockpitAndTasklist_andTheGuardianAnswersTheConsent()
            throws IOException {
        WebDriverWait wait = waiting();
        long before = runtime.createProcessInstanceQuery()
                .processDefinitionKey("concern")
                .count();
        Tasklist.login(browser, wait, port, "laerer");
        // the team raises a concern from the class's page: only its own students can be chosen
        browser.get("http://localhost:" + port + "/meddelelsesbog/klasse?school=demo&class=5.A");
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("a[aria-label='Registrér en bekymring for Louise Hansen']")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("category")));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Louise Hansen, 5.A", "Kun barnets klasseteam og skolens ledelse ser det");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("category")))
                .selectByVisibleText("Hjemmets situation");
        browser.findElement(By.id("description")).sendKeys("Louise fortæller om uro og skænderier derhjemme");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById('concernSince').value = '2026-09-01'");
        field("//label[contains(normalize-space(.),'Det haster')]/input").click();
        field("//label[contains(normalize-space(.),'Jeg frygter, at barnet ikke er i sikkerhed')]/input")
                .click();
        assertThat(Axe.seriousViolations(browser))
                .as("axe-core on the team's concern form")
                .isEmpty();
        Browsers.screenshot(browser, "concern-start.png");
        field("//button[normalize-space(.)='Send til skolen']").click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(normalize-space(.),'Bekymringen er registreret')]")));
        wait.until(d -> runtime.createProcessInstanceQuery()
                        .processDefinitionKey("concern")
                        .count()
                == before + 1);
        ProcessInstance concern = runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("concern")
                .processInstanceBusinessKeyLike("%:demo:5.A:e5a01")
                .list()
                .stream()
                .filter(p -> "laerer".equals(runtime.getVariable(p.getId(), "requestedBy")))
                .findFirst()
                .orElseThrow();
        wait.until(d -> tasks.createTaskQuery()
                        .processInstanceId(concern.getId())
                        .taskDefinitionKey("reviewLevel")
                        .count()
                == 1);
        assertThat(runtime.getVariable(concern.getId(), "suggestedLevel")).isEqualTo(3);

        // leadership: the case in Cockpit, the review in Tasklist
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]")))
                .sendKeys("leder");
        browser.findElement(By.cssSelector("input[type=password]")).sendKeys("leder");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(normalize-space(.),'Kørende procesinstanser')]")));
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/" + concern.getId()
                + "/runtime");
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(normalize-space(.),'Vurdér bekymringens niveau')]")));
        String key = runtime.createProcessInstanceQuery()
                .processInstanceId(concern.getId())
                .singleResult()
                .getBusinessKey();
        assertThat(key).endsWith(":demo:5.A:e5a01");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Bekymring", key);
        Browsers.screenshot(browser, "concern-cockpit-leder.png");

        browser.manage().deleteAllCookies();
        Tasklist.login(browser, wait, port, "leder");
        openTask(wait, concern.getId(), "reviewLevel");
        Tasklist.claim(browser, wait);
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(normalize-space(.),'Visitationen foreslår')]")));
        assertThat(browser.findElement(By.cssSelector(".fjs-container")).getText())
                .contains("Louise Hansen, 5.A", "Hjemmets situation", "niveau 3", "en underretning bør overvejes");
        Browsers.screenshot(browser, "concern-review-leder.png");
        completeForm(wait);
        wait.until(d -> tasks.createTaskQuery()
                        .processDefinitionKey("concern-consent")
                        .taskAssignee("foraelder1")
                        .count()
                == 1);

        // the case page, as leadership opens it from the form's link
        browser.get("http://localhost:" + port + "/bekymringer/" + concern.getId());
        String casePage = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main")))
                .getText();
        assertThat(casePage)
                .contains(
                        "Bekymring om Louise Hansen, 5.A",
                        "Hjemmets situation",
                        "Visitationens forslag",
                        "Niveau 3",
                        "Registrér underretning");
        assertThat(Axe.seriousViolations(browser))
                .as("axe-core on the case page")
                .isEmpty();
        Browsers.screenshot(browser, "concern-case-page.png");

        // the guardian: the consent task, in plain Danish, answered
        browser.manage().deleteAllCookies();
        Tasklist.portalLogin(browser, wait, port, "foraelder1");
        Task consent = tasks.createTaskQuery()
                .processDefinitionKey("concern-consent")
                .taskAssignee("foraelder1")
                .singleResult();
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("a[href='/foraeldre/opgave/" + consent.getId() + "']")))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(normalize-space(.),'Hvad er PPR?')]")));
        String form = browser.findElement(By.tagName("main")).getText();
        assertThat(form)
                .contains("Louise Hansen", "Pædagogisk Psykologisk Rådgivning", "Hvad sker der, hvis du siger nej?")
                .doesNotContain("skænderier", "Hjemmets situation");
        browser.findElement(By.xpath("//label[normalize-space(.)='Ja, jeg giver samtykke']"))
                .click();
        Browsers.screenshot(browser, "concern-consent-foraelder.png");
        assertThat(Axe.violations(browser)).as("axe-core on the consent form").isEmpty();
        browser.findElement(By.xpath("//button[normalize-space(.)='Send svar']"))
                .click();
        wait.until(ExpectedConditions.urlContains("/kvittering"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Tak for jeres svar");
        wait.until(d -> jdbc.queryForObject(
                        "select count(*) from app.concern_consent where process_instance_id = ? "
                                + "and guardian_id = 'foraelder1' and given",
                        Integer.class,
                        concern.getId())
                == 1);
        runtime.deleteProcessInstance(concern.getId(), "test");
    }

    private void openTask(WebDriverWait wait, String processInstanceId, String key) {
        Task task = tasks.createTaskQuery()
                .processInstanceId(processInstanceId)
                .taskDefinitionKey(key)
                .singleResult();
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task.getId());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-container .fjs-form-field")));
    }

    private void completeForm(WebDriverWait wait) {
        WebElement complete = browser.findElement(By.xpath("//button[normalize-space(.)='Fuldfør']"));
        Tasklist.scrollTo(browser, complete);
        wait.until(ExpectedConditions.elementToBeClickable(complete)).click();
    }

    private WebElement field(String xpath) {
        return Tasklist.scrollTo(browser, waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(xpath))));
    }
}
