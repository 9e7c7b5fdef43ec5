package dk.skolehjem.notification;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.roster.CurrentUser;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The operator's view of the outbox ({@code /admin/udbakke}): what was sent, what waits and why, what failed after
 * all retries. Status only: never a message's subject or text (they name children) and never a login link (it
 * would let the reader log in as someone else).
 */
@Controller
class OutboxPageController {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("d/M-yyyy HH.mm").withZone(DanishDates.ZONE);

    private final Outbox outbox;
    private final ObjectProvider<JavaMailSender> mail;

    OutboxPageController(Outbox outbox, ObjectProvider<JavaMailSender> mail) {
        this.outbox = outbox;
        this.mail = mail;
    }

    /** One row as the page shows it. */
    record Line(
            long id,
            String created,
            String recipient,
            String kind,
            String status,
            int attempts,
            String next,
            String sent,
            String error) {}

    @GetMapping("/admin/udbakke")
    String list(
            @RequestAttribute(CurrentUser.REQUEST_ATTRIBUTE) CurrentUser user,
            @RequestParam(required = false) String modtager,
            Model model) {
        adminOnly(user);
        String recipient = modtager == null || modtager.isBlank() ? null : modtager.trim();
        model.addAttribute("recipient", recipient == null ? "" : recipient);
        model.addAttribute("smtp", mail.getIfAvailable() != null);
        model.addAttribute(
                "counts",
                outbox.counts().entrySet().stream()
                        .map(e -> status(e.getKey()) + ": " + e.getValue())
                        .toList());
        model.addAttribute(
                "lines",
                outbox.deliveries(recipient, 200).stream()
                        .map(r -> new Line(
                                r.id(),
                                time(r.createdAt()),
                                r.recipient(),
                                kind(r.kind()),
                                status(r.status()),
                                r.attempts(),
                                Outbox.PENDING.equals(r.status()) ? time(r.nextAttemptAt()) : "",
                                time(r.sentAt()),
                                r.lastError() == null ? "" : r.lastError()))
                        .toList());
        return "udbakke";
    }

    private static void adminOnly(CurrentUser user) {
        if (!user.isAdmin()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }

    /** What kind of message it is, in the administrator's words (not the heading the recipient reads). */
    static String kind(NotificationKind kind) {
        return switch (kind) {
            case NEW_TASK -> "Ny opgave";
            case REMINDER -> "Påmindelse";
            case BOOKING_CONFIRMED -> "Bekræftet booking";
            case BOOKING_CHANGED -> "Ændret booking";
            case INVITATION -> "Indkaldelse";
            case MINUTES_READY -> "Referat klar";
            case WEEKLY_PLAN -> "Ugeplan";
            case LEADERSHIP_DIGEST -> "Ugens overblik";
            case LOGIN_LINK -> "Loginlink";
        };
    }

    static String status(String status) {
        return switch (status) {
            case Outbox.PENDING -> "Venter";
            case Outbox.SENDING -> "Sendes";
            case Outbox.SENT -> "Sendt";
            case Outbox.FAILED -> "Mislykket";
            case Outbox.CANCELLED -> "Annulleret";
            default -> status;
        };
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
