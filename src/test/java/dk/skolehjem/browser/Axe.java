package dk.skolehjem.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The automated WCAG 2.1 A/AA check of what the browser shows: axe-core (from npm, pinned in src/test/a11y) is
 * injected into the page and its serious and critical findings are returned as readable lines.
 */
final class Axe {

    private static final Path SCRIPT = Path.of("src", "test", "a11y", "node_modules", "axe-core", "axe.min.js");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Axe() {}

    /** Serious and critical violations on the page, one line each (rule, impact, help, the elements); empty is good. */
    static List<String> seriousViolations(WebDriver browser) {
        return violations(browser, BLOCKING);
    }

    /** Every violation, whatever its impact (minor and moderate too): what the family's pages must be free of. */
    static List<String> violations(WebDriver browser) {
        return violations(browser, Set.of("minor", "moderate", "serious", "critical"));
    }

    /**
     * Every violation inside the elements {@code selector} finds: our own part of a page someone else owns (the
     * plugin in Cockpit), whose vendor markup we do not answer for.
     */
    static List<String> violationsIn(WebDriver browser, String selector) {
        return violations(browser, Set.of("minor", "moderate", "serious", "critical"), selector);
    }

    private static List<String> violations(WebDriver browser, Set<String> impacts) {
        return violations(browser, impacts, null);
    }

    private static List<String> violations(WebDriver browser, Set<String> impacts, String selector) {
        var js = (JavascriptExecutor) browser;
        js.executeScript(script());
        Object json = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const where = arguments[0] ? {include: [[arguments[0]]]} : document;
                axe.run(where, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify([{id: 'axe-error',
                     impact: 'critical', help: String(e), nodes: []}])));
                """, selector);
        List<String> found = new ArrayList<>();
        try {
            for (JsonNode violation : new ObjectMapper().readTree((String) json)) {
                if (impacts.contains(violation.path("impact").asText())) {
                    List<String> targets = new ArrayList<>();
                    violation
                            .path("nodes")
                            .forEach(n -> targets.add(n.path("target") + " "
                                    + shortened(n.path("html").asText())));
                    found.add(violation.path("id").asText() + " ("
                            + violation.path("impact").asText() + "): "
                            + violation.path("help").asText() + " " + targets);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** How far the page is wider than the window (0 when nothing needs sideways scrolling). */
    static long overflowPixels(WebDriver browser) {
        return (Long) ((JavascriptExecutor) browser)
                .executeScript("return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);");
    }

    private static String shortened(String html) {
        return html.length() > 160 ? html.substring(0, 160) + "…" : html;
    }

    private static String script() {
        try {
            return Files.readString(SCRIPT);
        } catch (IOException e) {
            throw new IllegalStateException(
                    "axe-core is missing: run 'npm ci' in src/test/a11y " + "(./mvnw verify -Pbrowser does it)", e);
        }
    }
}
