package dk.skolehjem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class DeliveryPlannerTest {

    private static final Preferences.Preference IMMEDIATE = Preferences.Preference.DEFAULT;
    private static final Preferences.Preference DIGEST = new Preferences.Preference(Preferences.Mode.DIGEST, 16, 18, 7);

    @Test
    void duringTheDayAMessageGoesAtOnce() {
        assertThat(DeliveryPlanner.sendAt(NotificationKind.NEW_TASK, IMMEDIATE, at(10, 0)))
                .isEqualTo(at(10, 0));
    }

    @Test
    void inTheQuietHoursItWaitsUntilSevenInTheMorning_exceptALoginLink() {
        assertThat(DeliveryPlanner.sendAt(NotificationKind.REMINDER, IMMEDIATE, at(19, 30)))
                .isEqualTo(at(7, 0).plus(Duration.ofDays(1)));
        assertThat(DeliveryPlanner.sendAt(NotificationKind.REMINDER, IMMEDIATE, at(6, 59)))
                .isEqualTo(at(7, 0));
        assertThat(DeliveryPlanner.sendAt(NotificationKind.LOGIN_LINK, IMMEDIATE, at(23, 0)))
                .isEqualTo(at(23, 0));
    }

    @Test
    void aDigestWaitsForTheChosenHour_todayOrTomorrow() {
        assertThat(DeliveryPlanner.sendAt(NotificationKind.MINUTES_READY, DIGEST, at(9, 0)))
                .isEqualTo(at(16, 0));
        assertThat(DeliveryPlanner.sendAt(NotificationKind.MINUTES_READY, DIGEST, at(16, 1)))
                .isEqualTo(at(16, 0).plus(Duration.ofDays(1)));
    }

    @Test
    void quietHoursWithinOneDayAndNoQuietHoursWork() {
        var lunch = new Preferences.Preference(Preferences.Mode.IMMEDIATE, 16, 12, 13);
        assertThat(DeliveryPlanner.quiet(lunch, 12)).isTrue();
        assertThat(DeliveryPlanner.quiet(lunch, 13)).isFalse();
        var never = new Preferences.Preference(Preferences.Mode.IMMEDIATE, 16, 0, 0);
        assertThat(DeliveryPlanner.quiet(never, 3)).isFalse();
        assertThatThrownBy(() -> new Preferences.Preference(Preferences.Mode.DIGEST, 24, 18, 7))
                .hasMessageContaining("0-23");
    }

    @Test
    void failedDeliveriesWaitLongerEachTime_atMostAnHour() {
        assertThat(OutboxSender.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxSender.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxSender.backoff(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(OutboxSender.backoff(7)).isEqualTo(Duration.ofMinutes(60));
        assertThat(OutboxSender.backoff(30)).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void aBookingBecomesACalendarEventInUtc() {
        String ics = IcsEvent.of(
                42,
                new Notification.Event(LocalDateTime.of(2026, 11, 9, 14, 0), 20, "Klasselokalet; 5.A"),
                "Samtale om Ole",
                at(10, 0));
        assertThat(ics)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains(
                        "UID:skolehjem-42@skole-hjem",
                        "DTSTART:20261109T130000Z",
                        "DTEND:20261109T132000Z",
                        "LOCATION:Klasselokalet\\; 5.A",
                        "SUMMARY:Samtale om Ole")
                .endsWith("END:VCALENDAR\r\n");
    }

    private static Instant at(int hour, int minute) {
        return LocalDateTime.of(2026, 11, 23, hour, minute)
                .atZone(dk.skolehjem.calendar.DanishDates.ZONE)
                .toInstant();
    }
}
