package dk.skolehjem.parents;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * A Camunda Form's text block (the small Markdown form-js shows, with {@code {{variable}}} placeholders) as safe HTML
 * for the portal: everything is escaped first, then only headings, bold, line breaks and links within Skole-hjem
 * are made; a placeholder is replaced by the escaped value.
 */
final class FormText {

    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((/[^)\\s]*)\\)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

    private FormText() {}

    static String html(String markdown, Map<String, Object> variables) {
        return html(markdown, variables, null);
    }

    /** As above, leaving out a heading that only repeats {@code title} (the page's own heading). */
    static String html(String markdown, Map<String, Object> variables, String title) {
        StringBuilder html = new StringBuilder();
        for (String block : markdown.strip().split("\\n\\s*\\n")) {
            String text = block.strip();
            if (text.startsWith("#")
                    && title != null
                    && text.replaceFirst("^#+\\s*", "").equals(title)) {
                continue;
            }
            if (text.startsWith("#")) {
                html.append("<h2>")
                        .append(inline(text.replaceFirst("^#+\\s*", ""), variables))
                        .append("</h2>");
            } else if (!text.isEmpty()) {
                html.append("<p>")
                        .append(inline(text, variables).replace("\n", "<br>"))
                        .append("</p>");
            }
        }
        return html.toString();
    }

    private static String inline(String text, Map<String, Object> variables) {
        String escaped = HtmlUtils.htmlEscape(text);
        escaped = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
        escaped = LINK.matcher(escaped).replaceAll("<a href=\"$2\">$1</a>");
        Matcher m = PLACEHOLDER.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = variables.get(m.group(1));
            m.appendReplacement(
                    out, Matcher.quoteReplacement(value == null ? "" : HtmlUtils.htmlEscape(value.toString())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
