package dk.skolehjem.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the page tests do in Camunda Tasklist again and again: log in, take a task, bring a field into view. */
final class Tasklist {

    private Tasklist() {}

    static void login(WebDriver browser, WebDriverWait wait, int port, String user) {
        webappLogin(browser, wait, port, "tasklist", user, By.cssSelector(".task-filters"));
    }

    /** Logs in to Cockpit with the person's own login as password (the demo's), and waits for the dashboard. */
    static void cockpitLogin(WebDriver browser, WebDriverWait wait, int port, String user) {
        webappLogin(
                browser,
                wait,
                port,
                "cockpit",
                user,
                By.xpath("//*[contains(normalize-space(.),'Kørende procesinstanser')]"));
    }

    private static void webappLogin(
            WebDriver browser, WebDriverWait wait, int port, String app, String user, By ready) {
        browser.get("http://localhost:" + port + "/camunda/app/" + app + "/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=text]")))
                .sendKeys(user);
        browser.findElement(By.cssSelector("input[type=password]")).sendKeys(user);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(ready));
    }

    /** Logs in on Skole-hjem's own page, as a parent does, and waits for where the login leads ("Mit barn"). */
    static void portalLogin(WebDriver browser, WebDriverWait wait, int port, String user) {
        browser.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")))
                .sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user);
        browser.findElement(By.xpath("//main//button[@type='submit']")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Presses "Overtag" on the open task and waits until the form is rendered anew for the new assignee. */
    static void claim(WebDriver browser, WebDriverWait wait) {
        By claim = By.xpath("//button[normalize-space(.)='Overtag']");
        WebElement button = wait.until(ExpectedConditions.presenceOfElementLocated(claim));
        // on a phone the button may sit under the footer: click it where it is
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", button);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(claim));
    }

    static WebElement scrollTo(WebDriver browser, WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return element;
    }
}
