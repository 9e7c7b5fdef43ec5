package dk.skolehjem.notification;

import org.springframework.stereotype.Service;

/**
 * The outbox's messages about one process instance, for the packages that decide about a case: they call this
 * instead of changing {@code app.notification} themselves, so the outbox stays the only writer of its table.
 */
@Service
public class CaseMessages {

    private final Outbox outbox;

    CaseMessages(Outbox outbox) {
        this.outbox = outbox;
    }

    /** {@code recipient}'s messages about the instance still waiting are not sent; {@code why} is shown to the operator. */
    public void cancelWaiting(String recipient, String processInstanceId, String why) {
        outbox.cancelWaiting(recipient, processInstanceId, why);
    }

    /** Deletes every message about the instance: only for retention (L10), inside the caller's transaction. */
    public void eraseCase(String processInstanceId) {
        outbox.erase(processInstanceId);
    }
}
