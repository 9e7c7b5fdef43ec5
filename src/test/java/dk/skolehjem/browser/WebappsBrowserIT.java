package dk.skolehjem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.SkoleHjemIT;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** Teachers and leaders in a real (headless) Chromium: the Danish Tasklist with the class's task, the Danish Cockpit. */
@SkoleHjemIT
class WebappsBrowserIT extends BrowserTest {

    WebappsBrowserIT() {
        super(DESKTOP);
    }

    @Autowired
    HistoryService history;

    @Autowired
    org.camunda.bpm.engine.TaskService tasks;

    @Autowired
    org.camunda.bpm.engine.RuntimeService runtime;

    @Autowired
    org.camunda.bpm.engine.IdentityService identity;

    @Test
    void theTeacherSeesTheDanishTasklistAndTheClassTask() throws IOException {
        var wait = waiting();
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");

        WebElement username =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]")));
        assertThat(browser.findElement(By.cssSelector("button[type=submit]")).getText())
                .isEqualTo("Log ind");
        assertThat(username.getAttribute("placeholder")).isEqualTo("Brugernavn");
        username.sendKeys("laerer");
        browser.findElement(By.cssSelector("input[type=password]")).sendKeys("laerer");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        // Tasklist opens on the team's work, with its count, and counts the other filters too (skolehjem-work.js)
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[contains(@class,'task-filter') and contains(@class,'active')]//a[normalize-space(text())='Klassens opgaver']"
                        + "/span[contains(@class,'counter') and not(contains(@class,'ng-hide'))]")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'task-filters')]//a[normalize-space(text())='Mine opgaver']"
                        + "/span[contains(@class,'skolehjem-count')]")));
        WebElement classFilter = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(@class,'task-filters')]//*[normalize-space(text())='Klassens opgaver']")));
        classFilter.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(@class,'tasks-list')]//li")));
        String page = browser.findElement(By.tagName("body")).getText();
        assertThat(page)
                .contains("Mine opgaver", "Klassens opgaver", "Forfaldne")
                .doesNotContain("Mit barn");
        assertThat(page).as("Camunda's own texts in Danish").contains("Oprettet");
        assertThat(browser.findElement(By.linkText("Holder vi princippet?")).getAttribute("href"))
                .as("the class's own page, one click from the work")
                .endsWith("/overblik");
        screenshot("tasklist-laerer.png");

        // other tests leave many of the class's tasks behind, so the year plan may be on a later page: open it as a
        // link from an e-mail would (the filter stays the class's)
        var yearPlan = tasks.createTaskQuery()
                .taskDefinitionKey("fillInYearPlan")
                .processInstanceBusinessKeyLike("%:demo:5.A")
                .singleResult();
        String filter = browser.getCurrentUrl().replaceAll(".*[?&]filter=([^&]+).*", "$1");
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?filter=" + filter + "&task="
                + yearPlan.getId());
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'task-details') or contains(@class,'task-card')]"
                        + "//*[contains(normalize-space(.),'Udfyld klassens årsplan – 5.A')]")));
        // an untaken team task says why its form is locked, and its button takes it
        WebElement hint =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".skolehjem-claim-hint")));
        assertThat(hint.getText()).contains("Opgaven er ikke din endnu", "Overtag");
        hint.findElement(By.xpath(".//button[normalize-space(.)='Overtag og udfyld']"))
                .click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".skolehjem-claim-hint")));
        // claiming re-renders the form; type only into the new one
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//button[normalize-space(.)='Overtag']")));
        WebElement conferences = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//label[contains(normalize-space(.),'Skole-hjem-samtaler')]/following::textarea[1]")));
        assertThat(conferences.getAttribute("value")).startsWith("Skole-hjem-samtaler mellem 15. september");
        browser.findElement(By.xpath("//label[contains(normalize-space(.),'Projektarbejde')]/following::textarea[1]"))
                .sendKeys("Projektuge i uge 12 om Æbler, øer og åer", Keys.TAB);
        // the board promises events beyond the meetings: the form says so in its words, and asks for them
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Princippet siger: \"Det faste forældremøde suppleres af arrangementer");
        browser.findElement(
                        By.xpath("//label[contains(normalize-space(.),'Andre arrangementer')]/following::textarea[1]"))
                .sendKeys("Juletræsfest i december", Keys.TAB);
        screenshot("tasklist-year-plan-form.png");
        WebElement complete = browser.findElement(By.xpath("//button[normalize-space(.)='Fuldfør']"));
        // the footer overlaps the bottom of the form pane at this window size
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
        wait.until(ExpectedConditions.elementToBeClickable(complete)).click();
        wait.until(d -> history.createHistoricTaskInstanceQuery()
                        .taskDefinitionKey("fillInYearPlan")
                        .processInstanceBusinessKeyLike("%:demo:5.A")
                        .finished()
                        .count()
                == 1);
        wait.until(
                ExpectedConditions.invisibilityOfElementLocated(
                        By.xpath(
                                "//*[contains(@class,'tasks-list')]//*[contains(normalize-space(.),'Udfyld klassens årsplan – 5.A')]")));
        screenshot("tasklist-year-plan-done.png");
        assertThat(history.createHistoricVariableInstanceQuery()
                        .variableName("projectWork")
                        .list())
                .extracting(v -> v.getValue())
                .contains("Projektuge i uge 12 om Æbler, øer og åer");

        // the conference round's form: its date picker speaks Danish and starts on Monday; no comment control
        // another browser test may have published 5.A's round already: then a round of its own, removed after
        var open = tasks.createTaskQuery()
                .taskDefinitionKey("publishRound")
                .processInstanceBusinessKeyLike("%:demo:5.A")
                .list();
        String ownRound = null;
        if (open.isEmpty()) {
            ownRound = dk.skolehjem.engine.AsSystem.call(
                    identity,
                    () -> runtime.startProcessInstanceByKey(
                                    "conference-round",
                                    dk.skolehjem.calendar.SchoolYear.of(java.time.LocalDate.now()) + ":demo:5.A",
                                    java.util.Map.of(
                                            "schoolId", "demo",
                                            "schoolName", "Demoskolen",
                                            "classCode", "5.A",
                                            "schoolYear",
                                                    dk.skolehjem.calendar.SchoolYear.of(java.time.LocalDate.now())
                                                            .toString(),
                                            "policyId", "distriktsskole-smorum"))
                            .getId());
            open = tasks.createTaskQuery()
                    .taskDefinitionKey("publishRound")
                    .processInstanceId(ownRound)
                    .list();
        }
        var round = open.get(0);
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?filter=" + filter + "&task="
                + round.getId());
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'task-details') or contains(@class,'task-card')]"
                        + "//*[contains(normalize-space(.),'Offentliggør samtalerunden – 5.A')]")));
        // the form opens locked with the hint, or already taken: wait for one or the other, then take it if need be
        wait.until(d -> !d.findElements(By.cssSelector(".skolehjem-claim-hint")).isEmpty()
                || (!d.findElements(By.cssSelector(".fjs-input")).isEmpty()
                        && d.findElements(By.cssSelector(".disabled-form")).isEmpty()));
        if (!browser.findElements(By.cssSelector(".skolehjem-claim-hint")).isEmpty()) {
            browser.findElement(By.xpath("//button[normalize-space(.)='Overtag og udfyld']"))
                    .click();
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".skolehjem-claim-hint")));
            wait.until(d -> d.findElements(By.cssSelector(".disabled-form")).isEmpty());
        }
        WebElement firstDay = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//label[contains(normalize-space(.),'Første dag')]/following::input[1]")));
        firstDay.click();
        WebElement calendar =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
        List<String> weekdays = calendar.findElements(By.cssSelector(".flatpickr-weekday")).stream()
                .map(w -> w.getText().trim().toLowerCase())
                .toList();
        assertThat(weekdays).as("a week starts on Monday, in Danish").startsWith("man", "tir");
        assertThat(calendar.getText().toLowerCase())
                .as("the month in Danish")
                .containsAnyOf(
                        "januar",
                        "februar",
                        "marts",
                        "april",
                        "maj",
                        "juni",
                        "juli",
                        "august",
                        "september",
                        "oktober",
                        "november",
                        "december")
                .doesNotContain("monday", "sun");
        screenshot("tasklist-dansk-dato.png");
        assertThat(browser
                        .findElements(By.xpath("//a[normalize-space(.)='Tilføj kommentar'] | "
                                + "//button[normalize-space(.)='Tilføj kommentar']"))
                        .stream()
                        .filter(WebElement::isDisplayed)
                        .toList())
                .as("no comment control: notes go in the form")
                .isEmpty();
        if (ownRound != null) {
            String id = ownRound;
            dk.skolehjem.engine.AsSystem.call(identity, () -> {
                runtime.deleteProcessInstance(id, "browser test");
                return null;
            });
        }
    }

    @Test
    void theLeaderSeesTheDanishCockpitWithTheSchoolsProcesses() throws IOException {
        var wait = waiting();
        Tasklist.cockpitLogin(browser, wait, port, "leder");
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/processes");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[normalize-space(.)='Skoleår']")));
        assertThat(browser.findElement(By.tagName("body")).getText())
                .contains("Oversigt » Processer", "Kørende instanser")
                .as("no vendor banner urging a migration, no English welcome")
                .doesNotContain("Camunda 8", "migrere", "Welcome")
                .as("processes by their Danish names, not their keys")
                .contains("Anmod om samtale", "Skoleår")
                .doesNotContain("talk-request", "school-year")
                .as("Danish time zone")
                .contains("Europe/Copenhagen");
        screenshot("cockpit-leder.png");
    }

    private void screenshot(String name) throws IOException {
        Browsers.screenshot(browser, name);
    }
}
