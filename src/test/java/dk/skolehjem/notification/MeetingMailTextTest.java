package dk.skolehjem.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class MeetingMailTextTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 3, 14, 20);

    @Test
    void aMailAboutAMeetingSaysWhenAndWhere() {
        assertThat(MailComposer.whenWhere(new Notification.Event(START, 15, "Lokale 12")))
                .isEqualTo("Tid: tirsdag den 3. november 2026 kl. 14.20 (15 minutter). Sted: Lokale 12.");
    }

    @Test
    void withoutAPlaceOnlyTheTime_andNoLineWithoutAMeeting() {
        assertThat(MailComposer.whenWhere(new Notification.Event(START, 20, " ")))
                .isEqualTo("Tid: tirsdag den 3. november 2026 kl. 14.20 (20 minutter).");
        assertThat(MailComposer.whenWhere(null)).isNull();
    }
}
