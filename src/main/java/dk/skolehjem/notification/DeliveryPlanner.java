package dk.skolehjem.notification;

import dk.skolehjem.calendar.DanishDates;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;

/**
 * When a message may go out (fewer messages, R-parents): a login link at once (the person is waiting for it);
 * otherwise not in the recipient's quiet hours (default 18:00-07:00), and for someone who chose a daily digest,
 * at their digest hour, together with everything else that is waiting.
 */
final class DeliveryPlanner {

    private DeliveryPlanner() {}

    static Instant sendAt(NotificationKind kind, Preferences.Preference p, Instant now) {
        if (kind == NotificationKind.LOGIN_LINK) {
            return now;
        }
        ZonedDateTime local = now.atZone(DanishDates.ZONE);
        if (p.mode() == Preferences.Mode.DIGEST) {
            ZonedDateTime digest = local.with(LocalTime.of(p.digestHour(), 0));
            return (digest.isBefore(local) ? digest.plusDays(1) : digest).toInstant();
        }
        return outsideQuietHours(p, local).toInstant();
    }

    /** {@code time}, or the end of the quiet hours it falls in. */
    static ZonedDateTime outsideQuietHours(Preferences.Preference p, ZonedDateTime time) {
        if (!quiet(p, time.getHour())) {
            return time;
        }
        ZonedDateTime end = time.with(LocalTime.of(p.quietTo(), 0));
        return end.isAfter(time) ? end : end.plusDays(1);
    }

    static boolean quiet(Preferences.Preference p, int hour) {
        if (p.quietFrom() == p.quietTo()) {
            return false;
        }
        return p.quietFrom() < p.quietTo()
                ? hour >= p.quietFrom() && hour < p.quietTo()
                : hour >= p.quietFrom() || hour < p.quietTo();
    }
}
