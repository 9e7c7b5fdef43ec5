package dk.skolehjem.browser;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The page tests' frame: the application's port and a fresh headless Chromium per test, a phone or a desktop. */
abstract class BrowserTest {

    /** A 360 px wide phone screen, the narrowest the product promises to work on. */
    static final int PHONE = 360;

    static final int DESKTOP = 1280;

    @LocalServerPort
    int port;

    WebDriver browser;
    private final int width;

    BrowserTest(int width) {
        this.width = width;
    }

    @BeforeEach
    void openBrowser() {
        browser = Browsers.chromium(width, width == PHONE ? 800 : 900);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    WebDriverWait waiting() {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // a page that is being replaced while the wait reads it answers "node does not belong to the document"
        // (not always a StaleElementReferenceException): read again, until the wait's own time is up
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        wait.ignoring(org.openqa.selenium.WebDriverException.class);
        return wait;
    }
}
