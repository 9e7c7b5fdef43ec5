package dk.skolehjem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.calendar.SchoolYear;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A teacher records a talk in the Danish Tasklist: who was there is ticked among the people the process invited. */
@SkoleHjemIT
class RecordFormsBrowserIT extends BrowserTest {

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    RecordFormsBrowserIT() {
        super(DESKTOP);
    }

    @Test
    void theTeacherTicksWhoWasThereAmongThoseInvited() throws IOException {
        LocalDate today = LocalDate.now(DanishDates.ZONE);
        String instance = runtime.createProcessInstanceByKey("needs-talk")
                .businessKey(SchoolYear.of(today) + ":demo:5.A:e5a01")
                .setVariables(Map.of(
                        "schoolId",
                        "demo",
                        "schoolName",
                        "Demoskolen",
                        "classCode",
                        "5.A",
                        "studentName",
                        "Louise Hansen",
                        "policyId",
                        "standard",
                        "talkStart",
                        Date.from(today.atTime(8, 0).atZone(DanishDates.ZONE).toInstant()),
                        "talkPlace",
                        "Mødelokale 1"))
                .startBeforeActivity("recordTalk")
                // with the task's listeners: the one that fills the checklist runs as the task is created
                .execute()
                .getId();
        String task = tasks.createTaskQuery()
                .processInstanceId(instance)
                .singleResult()
                .getId();

        var wait = waiting();
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        login();
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + task);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".skolehjem-claim-hint")))
                .findElement(By.xpath(".//button[normalize-space(.)='Overtag og udfyld']"))
                .click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".skolehjem-claim-hint")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//button[normalize-space(.)='Overtag']")));

        // the checklist offers the guardians with custody by name, the student and the team
        WebElement team = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[contains(normalize-space(.),'Klasseteamet (klasseteam)')]")));
        String form = browser.findElement(By.tagName("body")).getText();
        assertThat(form)
                .contains(
                        "Hvem deltog",
                        "Karen Ågård Jørgensen (forælder)",
                        "Niels Jørgensen (forælder)",
                        "Louise Hansen (elev)");
        click(team);
        click(browser.findElement(
                By.xpath("//label[contains(normalize-space(.),'Karen Ågård Jørgensen (forælder)')]")));
        browser.findElement(By.xpath("//label[contains(normalize-space(.),'Hvad talte I om')]/following::textarea[1]"))
                .sendKeys("Vi talte om venskaber", Keys.TAB);
        browser.findElement(By.xpath("//label[starts-with(normalize-space(.),'Aftaler')]/following::textarea[1]"))
                .sendKeys("Klasseteamet: makkerordning", Keys.TAB);
        browser.findElement(By.xpath("//label[contains(normalize-space(.),'Næste fokuspunkt')]/following::textarea[1]"))
                .sendKeys("Legen i frikvarteret", Keys.TAB);
        Browsers.screenshot(browser, "tasklist-needs-talk-record.png");
        WebElement complete = browser.findElement(By.xpath("//button[normalize-space(.)='Fuldfør']"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
        wait.until(ExpectedConditions.elementToBeClickable(complete)).click();
        wait.until(d -> history.createHistoricTaskInstanceQuery()
                        .taskId(task)
                        .finished()
                        .count()
                == 1);
        Object present = history.createHistoricVariableInstanceQuery()
                .processInstanceId(instance)
                .variableName("present")
                .singleResult()
                .getValue();
        assertThat(String.valueOf(present))
                .as("Tasklist sends the values ticked, which the server checked against those invited")
                .contains("\"team\"", "\"guardian:foraelder1\"")
                .doesNotContain("student");
    }

    /** Clicks in the middle of the form pane: Tasklist's footer covers its bottom at this window size. */
    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Logs in as the teacher; again if Tasklist redrew its login form while the name was typed. */
    private void login() throws IOException {
        By filters = By.xpath("//*[contains(@class,'task-filters')]//*[normalize-space(text())='Klassens opgaver']");
        for (int attempt = 1; ; attempt++) {
            WebElement username =
                    waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]")));
            username.clear();
            username.sendKeys("laerer");
            WebElement password = browser.findElement(By.cssSelector("input[type=password]"));
            password.clear();
            password.sendKeys("laerer");
            browser.findElement(By.cssSelector("button[type=submit]")).click();
            try {
                new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(15))
                        .until(ExpectedConditions.elementToBeClickable(filters));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (attempt == 3) {
                    Browsers.screenshot(browser, "tasklist-login-failed.png");
                    throw e;
                }
            }
        }
    }
}
