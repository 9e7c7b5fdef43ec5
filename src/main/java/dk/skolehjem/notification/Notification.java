package dk.skolehjem.notification;

import java.time.LocalDateTime;

/**
 * One message to one person; {@code link} points into Skole-hjem (never the sensitive document itself); {@code event}
 * is the meeting a booking confirmation puts in the calendar (an {@code .ics} attachment), or null.
 */
public record Notification(
        String recipient,
        NotificationKind kind,
        String subject,
        String body,
        String link,
        String processInstanceId,
        String documentId,
        Event event) {

    /** A meeting in the recipient's calendar: when, how long, where. */
    public record Event(LocalDateTime start, int minutes, String place) {}

    public Notification {
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("En besked skal have en modtager");
        }
        if (kind == null || subject == null || subject.isBlank() || body == null) {
            throw new IllegalArgumentException("En besked skal have art, emne og tekst");
        }
    }

    public Notification(
            String recipient,
            NotificationKind kind,
            String subject,
            String body,
            String link,
            String processInstanceId,
            String documentId) {
        this(recipient, kind, subject, body, link, processInstanceId, documentId, null);
    }
}
