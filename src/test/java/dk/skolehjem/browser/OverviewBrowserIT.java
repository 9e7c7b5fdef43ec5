package dk.skolehjem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.SkoleHjemIT;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * "Holder vi princippet?" as a school leader reads it on a 360 px phone: every class of the school in a table that
 * stacks, each part of the year in words (not colour alone), a class one tap away with the board's own words next to
 * each promise; no sideways scrolling, no axe-core findings.
 */
@SkoleHjemIT
class OverviewBrowserIT extends BrowserTest {

    OverviewBrowserIT() {
        super(PHONE);
    }

    @Test
    void aLeaderSeesEveryClassAgainstThePrinciple_andOpensAClass() throws IOException {
        var wait = waiting();
        Tasklist.portalLogin(browser, wait, port, "leder");
        browser.get("http://localhost:" + port + "/overblik");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main")));
        Browsers.screenshot(browser, "overblik-360.png");
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page)
                .contains(
                        "Holder vi princippet?",
                        "Demoskolen",
                        "5.A",
                        "0.A",
                        "af 1 holdt",
                        "Arbejde, der er over fristen");
        assertThat(Axe.overflowPixels(browser)).as("sideways scrolling").isZero();
        assertThat(Axe.violations(browser)).as("axe-core, any impact").isEmpty();

        browser.findElement(By.linkText("5.A")).click();
        wait.until(ExpectedConditions.urlContains("/overblik/klasse/5.A"));
        Browsers.screenshot(browser, "overblik-klasse-360.png");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("5.A – Demoskolen", "Forældremøde holdt", "Der afholdes som minimum forældremøde");
        assertThat(Axe.overflowPixels(browser)).as("sideways scrolling").isZero();
        assertThat(Axe.violations(browser)).as("axe-core, any impact").isEmpty();
    }

    @Test
    void theBoardAndTheMunicipalityReadTheirPagesOnAPhone() throws IOException {
        var wait = waiting();
        Tasklist.portalLogin(browser, wait, port, "bestyrelse");
        assertThat(browser.getCurrentUrl()).endsWith("/bestyrelse");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main")));
        Browsers.screenshot(browser, "bestyrelse-360.png");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Skolebestyrelsens evaluering af princippet", "Demoskolen", "Hent evalueringen som PDF");
        assertThat(Axe.overflowPixels(browser)).isZero();
        assertThat(Axe.violations(browser)).isEmpty();
        browser.findElement(By.xpath("//button[normalize-space(.)='Log ud']")).click();

        Tasklist.portalLogin(browser, wait, port, "kommune");
        assertThat(browser.getCurrentUrl()).endsWith("/kommune");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main")));
        Browsers.screenshot(browser, "kommune-360.png");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Demoskolen", "Nordskolen");
        assertThat(Axe.overflowPixels(browser)).isZero();
        assertThat(Axe.violations(browser)).isEmpty();
    }
}
