package dk.skolehjem.engine;

import java.time.Instant;
import java.util.List;

/**
 * Something a process publishes to a class's families (the weekly plan): a title, its parts as headed texts, an
 * optional link, and when it was published; shown on "Mit barn" without the page knowing the process.
 */
public record Publication(String title, List<Part> parts, String link, Instant publishedAt) {

    /** One headed text of a publication ("Ugens indhold i alle fag"). */
    public record Part(String heading, String text) {}

    public Publication {
        parts = List.copyOf(parts);
    }
}
