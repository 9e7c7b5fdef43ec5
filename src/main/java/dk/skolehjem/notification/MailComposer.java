package dk.skolehjem.notification;

import dk.skolehjem.minutes.MinutesService;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Turns one or more outbox rows for the same person into one Danish e-mail, plain text and HTML: a single message,
 * or a digest listing several. A booking carries its {@code .ics}; an invitation its agenda PDF; minutes only a link
 * (the sensitive PDF itself is never attached).
 */
@Component
class MailComposer {

    private final TemplateEngine templates;
    private final MinutesService minutes;
    private final Clock clock;
    private final String baseUrl;
    private final String from;

    MailComposer(
            TemplateEngine templates,
            MinutesService minutes,
            Clock clock,
            @Value("${skolehjem.public-url:http://localhost:8080}") String baseUrl,
            @Value("${skolehjem.mail.from:skole-hjem@localhost}") String from) {
        this.templates = templates;
        this.minutes = minutes;
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    /** What the person reads: subject, text and HTML (also shown on the administrator's page). */
    record Mail(String subject, String text, String html) {}

    /** One item of a mail: the row with its Danish heading, the meeting's time and place if any, and full link. */
    record Item(Outbox.Row row, String heading, String whenWhere, String link) {}

    Mail compose(List<Outbox.Row> rows) {
        List<Item> items = rows.stream()
                .map(r -> new Item(r, heading(r.kind()), whenWhere(r.event(), baseUrl), absolute(r.link())))
                .toList();
        String subject = rows.size() == 1 ? rows.get(0).subject() : "Skole-hjem: " + rows.size() + " nye beskeder";
        StringBuilder text =
                new StringBuilder(rows.size() == 1 ? "" : "Her er dine beskeder fra Skole-hjem samlet.\n\n");
        for (Item item : items) {
            text.append(item.row().subject())
                    .append('\n')
                    .append(item.row().body())
                    .append('\n');
            if (item.whenWhere() != null) {
                text.append(item.whenWhere()).append('\n');
            }
            if (item.link() != null) {
                text.append(item.link()).append('\n');
            }
            text.append('\n');
        }
        text.append("-- \nDu får denne e-mail fra Skole-hjem. Vælg selv, om du vil have beskeder med det samme eller "
                        + "samlet én gang om dagen: ")
                .append(baseUrl)
                .append("/foraeldre/beskeder\n");
        Context context = new Context();
        context.setVariable("items", items);
        context.setVariable("digest", rows.size() > 1);
        context.setVariable("settings", baseUrl + "/foraeldre/beskeder");
        return new Mail(subject, text.toString(), templates.process("mail/besked", context));
    }

    /**
     * "Tid: torsdag den 3. september 2026 kl. 14.00 (20 minutter). Sted: Klasselokalet." and how to change it, for a
     * meeting's mail.
     */
    static String whenWhere(Notification.Event event, String baseUrl) {
        if (event == null) {
            return null;
        }
        var start = event.start();
        return "Tid: " + dk.skolehjem.calendar.DanishDates.full(start.toLocalDate())
                + String.format(" kl. %02d.%02d (%d minutter).", start.getHour(), start.getMinute(), event.minutes())
                + (event.place() == null || event.place().isBlank() ? "" : " Sted: " + event.place() + ".")
                + " Passer tiden ikke, så skift eller aflys den på Mit barn (" + baseUrl
                + "/foraeldre) inden fristen, eller skriv til klasseteamet.";
    }

    MimeMessage message(JavaMailSender sender, String to, List<Outbox.Row> rows) throws MessagingException {
        Mail mail = compose(rows);
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        for (Outbox.Row row : rows) {
            if (row.event() != null) {
                helper.addAttachment(
                        "samtale.ics",
                        new ByteArrayResource(IcsEvent.of(row.id(), row.event(), row.subject(), clock.instant())
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        "text/calendar; charset=UTF-8");
            }
            if (row.kind() == NotificationKind.INVITATION && row.documentId() != null) {
                var document = minutes.find(row.documentId());
                if (document.isPresent()) {
                    helper.addAttachment(
                            document.get().fileName(),
                            new ByteArrayResource(minutes.content(row.documentId())),
                            "application/pdf");
                }
            }
        }
        return message;
    }

    private String absolute(String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        return link.startsWith("http") ? link : baseUrl + (link.startsWith("/") ? link : "/" + link);
    }

    static String heading(NotificationKind kind) {
        return switch (kind) {
            case NEW_TASK -> "Ny opgave til dig";
            case REMINDER -> "Påmindelse";
            case BOOKING_CONFIRMED -> "Tiden er booket";
            case BOOKING_CHANGED -> "Tiden er ændret";
            case INVITATION -> "Indkaldelse";
            case MINUTES_READY -> "Referatet er klar";
            case WEEKLY_PLAN -> "Ugeplanen er klar";
            case LOGIN_LINK -> "Dit link til Skole-hjem";
            case LEADERSHIP_DIGEST -> "Ugens overblik for ledelsen";
        };
    }
}
