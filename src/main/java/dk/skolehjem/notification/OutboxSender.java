package dk.skolehjem.notification;

import dk.skolehjem.calendar.DanishDates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox: every due row is claimed, sent by SMTP and marked sent; a failure is tried again later with
 * growing pauses (1, 2, 4 ... minutes, at most an hour) and after {@value #MAX_ATTEMPTS} attempts is left FAILED for
 * the administrator. Everything due for one person at once goes as one e-mail (a digest). Without an SMTP server
 * (the demo) nothing is sent and the rows wait on the administrator's page. A mail that went out is remembered
 * until the database has recorded it, so a database error after the SMTP server took it never sends it twice, and
 * never stops the rest of the batch.
 */
@Component
public class OutboxSender {

    static final int MAX_ATTEMPTS = 8;
    /** A row claimed longer ago than this belonged to a sender that stopped (crash, restart): it is tried again. */
    static final Duration STALE_CLAIM = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final Outbox outbox;
    private final Preferences preferences;
    private final MailComposer composer;
    private final ObjectProvider<JavaMailSender> mail;
    private final IdentityService identity;
    private final Clock clock;
    /** Rows whose e-mail went out but whose SENT mark did not reach the database yet (id, when it was sent). */
    private final Map<Long, Instant> sentNotRecorded = new ConcurrentHashMap<>();

    OutboxSender(
            Outbox outbox,
            Preferences preferences,
            MailComposer composer,
            ObjectProvider<JavaMailSender> mail,
            IdentityService identity,
            Clock clock) {
        this.outbox = outbox;
        this.preferences = preferences;
        this.composer = composer;
        this.mail = mail;
        this.identity = identity;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${skolehjem.mail.poll:PT15S}", initialDelayString = "${skolehjem.mail.poll:PT15S}")
    void poll() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            LOG.warn("Udbakken kunne ikke gennemgås: {}", e.getMessage());
        }
    }

    /** Sends what is due now; returns how many e-mails went out. */
    public int deliverDue() {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        Instant now = clock.instant();
        recordSent();
        outbox.releaseStale(now.minus(STALE_CLAIM));
        Map<String, List<Outbox.Row>> byRecipient = new LinkedHashMap<>();
        for (Outbox.Row row : outbox.due(now, 200)) {
            Instant allowed = row.kind() == NotificationKind.LOGIN_LINK
                    ? now
                    : DeliveryPlanner.outsideQuietHours(preferences.of(row.recipient()), now.atZone(DanishDates.ZONE))
                            .toInstant();
            if (allowed.isAfter(now)) {
                outbox.postpone(row.id(), allowed);
            } else if (outbox.claim(row.id(), now)) {
                // a login link always goes alone and at once; everything else for one person goes together
                String key =
                        row.kind() == NotificationKind.LOGIN_LINK ? row.recipient() + "#" + row.id() : row.recipient();
                byRecipient.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
            }
        }
        int sent = 0;
        for (List<Outbox.Row> rows : byRecipient.values()) {
            try {
                if (send(sender, rows, now)) {
                    sent++;
                }
            } catch (RuntimeException e) {
                // one person's rows could not be read or marked (the database): the rest of the batch still goes;
                // their claim is released after STALE_CLAIM, or marked by recordSent if the mail went out
                LOG.warn("Udbakken kunne ikke opdateres for en modtager: {}", e.getMessage());
            }
        }
        return sent;
    }

    /** Marks the rows whose e-mail went out while the database could not record it; each stays remembered until then. */
    private void recordSent() {
        sentNotRecorded.forEach((id, at) -> {
            outbox.sent(id, at);
            sentNotRecorded.remove(id);
        });
    }

    /** How many sent e-mails wait for the database to record them (0 in a healthy system). */
    int unrecorded() {
        return sentNotRecorded.size();
    }

    private boolean send(JavaMailSender sender, List<Outbox.Row> rows, Instant now) {
        String recipient = rows.get(0).recipient();
        User user = identity.createUserQuery().userId(recipient).singleResult();
        if (user == null || user.getEmail() == null || user.getEmail().isBlank()) {
            rows.forEach(r -> outbox.failed(r.id(), "Modtageren har ingen e-mailadresse i Skole-hjem."));
            return false;
        }
        try {
            sender.send(composer.message(sender, user.getEmail(), rows));
        } catch (Exception e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            for (Outbox.Row r : rows) {
                if (r.attempts() + 1 >= MAX_ATTEMPTS) {
                    outbox.failed(r.id(), error);
                } else {
                    outbox.retry(r.id(), now.plus(backoff(r.attempts() + 1)), error);
                }
            }
            LOG.info("E-mail til {} blev ikke sendt ({}); prøves igen senere", recipient, error);
            return false;
        }
        Instant at = clock.instant();
        rows.forEach(r -> sentNotRecorded.put(r.id(), at));
        for (Outbox.Row r : rows) {
            try {
                outbox.sent(r.id(), at);
                sentNotRecorded.remove(r.id());
            } catch (RuntimeException e) {
                LOG.warn("E-mail {} er sendt, men kunne ikke markeres endnu: {}", r.id(), e.getMessage());
            }
        }
        return true;
    }

    /** The pause before attempt {@code n + 1}: 1, 2, 4 ... minutes, at most an hour. */
    static Duration backoff(int failedAttempts) {
        long minutes = 1L << Math.min(failedAttempts - 1, 6);
        return Duration.ofMinutes(Math.min(minutes, 60));
    }
}
