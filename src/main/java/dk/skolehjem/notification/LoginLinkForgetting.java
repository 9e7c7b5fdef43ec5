package dk.skolehjem.notification;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Exists so that the outbox never keeps a login link's token longer than needed: a token lets its reader in as the
 * person, so it is kept only while the e-mail may still go, even when no mail server ever sends it (the demo).
 */
@Component
class LoginLinkForgetting {

    private static final Logger LOG = LoggerFactory.getLogger(LoginLinkForgetting.class);

    private final Outbox outbox;
    private final Clock clock;
    private final Duration validFor;

    LoginLinkForgetting(Outbox outbox, Clock clock, @Value("${skolehjem.login-link.valid-for:P3D}") Duration validFor) {
        this.outbox = outbox;
        this.clock = clock;
        this.validFor = validFor;
    }

    @Scheduled(fixedDelayString = "${skolehjem.mail.forget-login-links:PT15M}", initialDelayString = "PT1M")
    void poll() {
        try {
            forget();
        } catch (RuntimeException e) {
            LOG.warn("Udløbne loginlinks kunne ikke fjernes fra udbakken: {}", e.getMessage());
        }
    }

    /** Forgets the tokens no longer needed; returns how many rows changed. */
    int forget() {
        return outbox.forgetLoginLinks(clock.instant().minus(validFor));
    }
}
