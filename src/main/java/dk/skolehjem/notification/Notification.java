package dk.skolehjem.notification;

/** One message to one person; {@code link} points into Skole-hjem (never the sensitive document itself). */
public record Notification(String recipient, NotificationKind kind, String subject, String body, String link,
        String processInstanceId, String documentId) {

    public Notification {
        if (recipient == null || recipient.isBlank()) {
            throw new IllegalArgumentException("En besked skal have en modtager");
        }
        if (kind == null || subject == null || subject.isBlank() || body == null) {
            throw new IllegalArgumentException("En besked skal have art, emne og tekst");
        }
    }
}
