package dk.skolehjem.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Debian Chromium for the page tests, with no network beyond this machine; screenshots go to
 * docs/screenshots/ and are committed when they change.
 */
final class Browsers {

    private Browsers() {}

    static WebDriver chromium(int width, int height) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("skolehjem.chromium", "/usr/bin/chromium"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=" + width + "," + height,
                "--lang=da-DK");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "da-DK,da"));
        if (width < 500) {
            // a desktop window cannot be narrower than 500 px: a phone's screen is emulated instead
            options.setExperimentalOption(
                    "mobileEmulation",
                    Map.of(
                            "deviceMetrics",
                            Map.of(
                                    "width",
                                    width,
                                    "height",
                                    height,
                                    "pixelRatio",
                                    1.0,
                                    "touch",
                                    true,
                                    "mobile",
                                    true)));
        }
        return new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(
                                new File(System.getProperty("skolehjem.chromedriver", "/usr/bin/chromedriver")))
                        // a Danish school's browser: Cockpit and Tasklist show times in the local zone
                        .withEnvironment(Map.of("TZ", "Europe/Copenhagen"))
                        .build(),
                options);
    }

    static void screenshot(WebDriver browser, String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("docs", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
