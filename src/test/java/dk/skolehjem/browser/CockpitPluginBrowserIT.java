package dk.skolehjem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.SkoleHjemIT;
import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.compliance.Compliance;
import dk.skolehjem.compliance.Status;
import java.io.IOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Skole-hjem's plugin in a real Cockpit: the leader logs in to Cockpit and finds, on its dashboard, every class of
 * the school against the principle, with 5.A's parent meeting past the school's own date; 5.A's school year opens in
 * Cockpit with a "Princippet" tab saying the same; the navigation links to the product's own page.
 */
@SkoleHjemIT
class CockpitPluginBrowserIT extends BrowserTest {

    @Autowired
    Compliance compliance;

    @Autowired
    HistoryService history;

    CockpitPluginBrowserIT() {
        super(DESKTOP);
    }

    /** After the demo school's own date for the parent meeting (31 October), before the year's end. */
    @BeforeEach
    void afterTheSchoolsOwnDate() {
        LocalDate today = LocalDate.now(DanishDates.ZONE);
        LocalDate ownDate = SchoolYear.of(today).date(MonthDay.of(10, 31));
        if (!today.isAfter(ownDate)) {
            ClockUtil.setCurrentTime(Date.from(
                    ownDate.plusDays(14).atTime(9, 0).atZone(DanishDates.ZONE).toInstant()));
        }
    }

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void theLeaderSeesTheClassesAgainstThePrincipleInCockpit_and5AsLateParentMeeting() throws IOException {
        LocalDate today = LocalDate.ofInstant(ClockUtil.now().toInstant(), DanishDates.ZONE);
        SchoolYear year = SchoolYear.of(today);
        var meeting =
                compliance.school("demo", year, today).orElseThrow().classOf("5.A").orElseThrow().checks().stream()
                        .filter(c -> c.what().equals("Forældremøde holdt"))
                        .findFirst()
                        .orElseThrow();
        assertThat(meeting.status())
                .as("the demo's 5.A has not held its parent meeting by the school's own 31 October")
                .isEqualTo(Status.BEHIND);

        var wait = waiting();
        Tasklist.cockpitLogin(browser, wait, port, "leder");
        WebElement plugin =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.skolehjem table")));
        WebElement row5A = plugin.findElement(By.xpath(".//tr[th/a[normalize-space(.)='5.A']]"));
        WebElement meetings = row5A.findElement(By.cssSelector("td[data-kolonne='Forældremøder']"));
        assertThat(meetings.getText()).contains("Over skolens egen frist", "princippet");
        assertThat(meetings.findElement(By.cssSelector(".skolehjem-status")).getAttribute("class"))
                .contains("skolehjem-bagud");
        assertThat(browser.findElement(By.cssSelector("section.skolehjem")).getText())
                .contains("Holder vi princippet?", "Demoskolen", "0.A", "Skole-hjem-samtaler");
        assertThat(browser.findElement(By.linkText("Holder vi princippet?")).getAttribute("href"))
                .as("the navigation's link to the product's own page")
                .endsWith("/overblik");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'start'});", plugin);
        Browsers.screenshot(browser, "cockpit-princip-dashboard.png");
        assertThat(Axe.violationsIn(browser, "section.skolehjem"))
                .as("axe-core on the plugin's part of Cockpit's dashboard, any impact")
                .isEmpty();

        // the class's school year, one click away, with the "Princippet" tab
        String instance = dk.skolehjem.TestSchools.classYearInstance(history, year, "demo", "5.A");
        row5A.findElement(By.linkText("Åbn instansen")).click();
        wait.until(ExpectedConditions.urlContains("/process-instance/" + instance));
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space(.)='Princippet']")))
                .click();
        WebElement tab = wait.until(
                ExpectedConditions.visibilityOfElementLocated(By.xpath("//table[contains(@class,'skolehjem-tabel')]")));
        WebElement meetingRow = tab.findElement(By.xpath(".//tr[th[normalize-space(.)='Forældremøde holdt']]"));
        assertThat(meetingRow.getText())
                .contains("Over skolens egen frist", "Der afholdes som minimum forældremøde en gang årligt.");
        assertThat(tab.getText())
                .as("the students' conferences counted, not listed")
                .contains("elever)");
        Browsers.screenshot(browser, "cockpit-princip-instans.png");
        assertThat(Axe.violationsIn(browser, "div.skolehjem"))
                .as("axe-core on the tab, any impact")
                .isEmpty();
    }
}
