package dk.skolehjem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.SkoleHjemIT;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The server-rendered pages a guardian uses, on a 360 px phone: "Mit barn", its three request forms, the message
 * preferences and the login-link pages, each without sideways scrolling and without serious axe-core findings; and
 * "Besøg i klassen" sent from the phone reaches the class team.
 */
@SkoleHjemIT
class ParentPagesBrowserIT extends BrowserTest {

    ParentPagesBrowserIT() {
        super(PHONE);
    }

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Test
    void theParentPagesWorkOnAPhone_andAClassVisitCanBeAskedFor() throws IOException {
        var wait = waiting();
        var soft = new SoftAssertions();
        check(soft, "/login", "Log ind på Skole-hjem", "login-360.png");
        check(soft, "/login/nyt-link", "Få et nyt link", "login-nyt-link-360.png");
        check(soft, "/login/link?t=ikke-et-rigtigt-link", "Linket findes ikke", "login-link-refused-360.png");

        Tasklist.portalLogin(browser, wait, port, "foraelder1");

        check(soft, "/foraeldre", "Louise Hansen", "foraeldre-360.png");
        check(soft, "/foraeldre/samtale?barn=e5a01", "Anmod om samtale", "foraeldre-samtale-360.png");
        check(soft, "/foraeldre/aendring?barn=e5a01", "Fortæl skolen om en stor ændring", "foraeldre-aendring-360.png");
        check(soft, "/foraeldre/bekymring?barn=e5a01", "Jeg er bekymret", "foraeldre-bekymring-360.png");
        check(soft, "/foraeldre/beskeder", "beskeder", "foraeldre-beskeder-360.png");
        check(soft, "/princip", "Der afholdes som minimum forældremøde en gang årligt.", "princip-360.png");
        check(soft, "/foraeldre/besoeg?barn=e5a01", "Besøg i klassen", "foraeldre-besoeg-360.png");
        soft.assertAll();

        long before = visitRequests();
        LocalDate day = LocalDate.now().plusDays(14);
        while (day.getDayOfWeek().getValue() > 5) {
            day = day.plusDays(1);
        }
        // the Danish date picker: a month starting on Monday, whatever the phone's language; the day is chosen there
        browser.findElement(By.xpath("//button[normalize-space(.)='Vælg dato']"))
                .click();
        var grid = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".date-grid")));
        assertThat(grid.findElements(By.cssSelector("th")))
                .extracting(org.openqa.selenium.WebElement::getText)
                .containsExactly("ma", "ti", "on", "to", "fr", "lø", "sø");
        if (day.getMonthValue() != LocalDate.now().getMonthValue()) {
            browser.findElement(By.cssSelector("button[aria-label='Næste måned']"))
                    .click();
        }
        Browsers.screenshot(browser, "foraeldre-besoeg-kalender-360.png");
        assertThat(Axe.violations(browser)).as("axe-core with the month open").isEmpty();
        assertThat(Axe.overflowPixels(browser)).as("the month fits the phone").isZero();
        assertThat(browser.findElement(By.cssSelector(".date-grid")).getRect().getWidth())
                .as("all seven days on the screen")
                .isLessThanOrEqualTo(344);
        String name = dk.skolehjem.calendar.DanishDates.full(day);
        browser.findElement(By.cssSelector("button[aria-label='" + name + "']")).click();
        assertThat(browser.findElement(By.id("wishedDate")).getAttribute("value"))
                .isEqualTo(day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        Browsers.screenshot(browser, "foraeldre-besoeg-dato-360.png");
        assertThat(Axe.violations(browser)).as("axe-core with the date picker").isEmpty();
        browser.findElement(By.id("purpose")).sendKeys("Vi vil gerne se en matematiktime.");
        browser.findElement(By.xpath("//button[normalize-space(.)='Send til skolen']"))
                .click();
        wait.until(ExpectedConditions.urlContains("sendt=besoeg"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Besøg i klassen: skolen har fået jeres besked");
        assertThat(visitRequests()).isEqualTo(before + 1);
        assertThat(Axe.violations(browser)).as("axe-core on the receipt").isEmpty();
    }

    private long visitRequests() {
        return tasks.createTaskQuery()
                .taskDefinitionKey("answerVisit")
                .processInstanceBusinessKeyLike("%:demo:5.A:e5a01")
                .count();
    }

    private void check(SoftAssertions soft, String path, String expected, String screenshot) throws IOException {
        browser.get("http://localhost:" + port + path);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main")));
        Browsers.screenshot(browser, screenshot);
        soft.assertThat(browser.findElement(By.tagName("main")).getText())
                .as(path)
                .contains(expected);
        soft.assertThat(browser.findElement(By.tagName("html")).getAttribute("lang"))
                .as("%s: language", path)
                .isEqualTo("da");
        soft.assertThat(Axe.overflowPixels(browser))
                .as("%s: sideways scrolling", path)
                .isZero();
        soft.assertThat(Axe.violations(browser))
                .as("%s: axe-core, any impact", path)
                .isEmpty();
    }
}
