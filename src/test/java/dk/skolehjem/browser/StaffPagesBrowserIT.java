package dk.skolehjem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.SkoleHjemIT;
import java.io.IOException;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The staff's own doors on a phone: the class team asks a family for a talk from the class's page, leadership reads
 * who has read what, and the operator's outbox shows delivery only; each refused to the others with a Danish page.
 */
@SkoleHjemIT
class StaffPagesBrowserIT extends BrowserTest {

    StaffPagesBrowserIT() {
        super(PHONE);
    }

    @Test
    void theTeamLeadershipAndOperatorPagesWorkOnAPhone_andAreNotForTheOthers() throws IOException {
        var wait = waiting();
        var soft = new SoftAssertions();
        Tasklist.login(browser, wait, port, "laerer");
        check(soft, "/meddelelsesbog/klasse?school=demo&class=5.A", "Anmod om samtale", "klasse-360.png");
        browser.findElement(By.cssSelector("a[aria-label='Anmod om samtale med familien til Louise Hansen']"))
                .click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("requestAbout")))
                .sendKeys("Vi vil gerne tale om Louises trivsel i frikvartererne.");
        Browsers.screenshot(browser, "klasseteam-samtale-360.png");
        soft.assertThat(Axe.seriousViolations(browser))
                .as("the team's request form")
                .isEmpty();
        browser.findElement(By.xpath("//button[normalize-space(.)='Send til skolen']"))
                .click();
        wait.until(ExpectedConditions.urlContains("sendt=samtale"));
        soft.assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Anmodningen om en samtale er sendt til familien.");
        // the team opens Louise's message book: a logged read
        check(soft, "/meddelelsesbog/elev?school=demo&student=e5a01", "Louise Hansen", "meddelelsesbog-elev-360.png");
        check(soft, "/ledelse/adgangslog", "Siden findes ikke", "adgangslog-laerer-360.png");

        browser.manage().deleteAllCookies();
        Tasklist.login(browser, wait, port, "leder");
        check(soft, "/ledelse/adgangslog", "Hvem har læst hvad", "adgangslog-360.png");
        soft.assertThat(browser.findElement(By.tagName("main")).getText())
                .as("the team's reading is in the log")
                .contains("Mette Kjærgaard (laerer)", "Meddelelsesbog", "Louise Hansen, 5.A (e5a01)");

        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/camunda/app/admin/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]")))
                .sendKeys("demo");
        browser.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type=password]")));
        check(soft, "/admin/udbakke", "Siden viser kun, hvordan det går med afsendelsen", "udbakke-360.png");
        soft.assertThat(browser.getPageSource()).doesNotContain("/login/link?t=");
        check(soft, "/foraeldre", "Siden findes ikke", "foraeldre-drift-360.png");
        soft.assertAll();
        assertThat(browser.getPageSource()).contains("lang=\"da\"");
    }

    private void check(SoftAssertions soft, String path, String expected, String screenshot) throws IOException {
        browser.get("http://localhost:" + port + path);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main")));
        Browsers.screenshot(browser, screenshot);
        soft.assertThat(browser.findElement(By.tagName("main")).getText())
                .as(path)
                .contains(expected);
        soft.assertThat(Axe.overflowPixels(browser))
                .as("%s: sideways scrolling", path)
                .isZero();
        soft.assertThat(Axe.seriousViolations(browser)).as("%s: axe-core", path).isEmpty();
    }
}
