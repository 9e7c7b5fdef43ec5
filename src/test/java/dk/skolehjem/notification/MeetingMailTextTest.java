package dk.skolehjem.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class MeetingMailTextTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 3, 14, 20);
    private static final String URL = "https://skole.example.dk";
    private static final String CHANGE = " Passer tiden ikke, så skift eller aflys den på Mit barn "
            + "(https://skole.example.dk/foraeldre) inden fristen, eller skriv til klasseteamet.";

    @Test
    void aMailAboutAMeetingSaysWhenWhereAndHowToChangeIt() {
        assertThat(MailComposer.whenWhere(new Notification.Event(START, 15, "Lokale 12"), URL))
                .isEqualTo("Tid: tirsdag den 3. november 2026 kl. 14.20 (15 minutter). Sted: Lokale 12." + CHANGE);
    }

    @Test
    void withoutAPlaceOnlyTheTime_andNoLineWithoutAMeeting() {
        assertThat(MailComposer.whenWhere(new Notification.Event(START, 20, " "), URL))
                .isEqualTo("Tid: tirsdag den 3. november 2026 kl. 14.20 (20 minutter)." + CHANGE);
        assertThat(MailComposer.whenWhere(null, URL)).isNull();
    }
}
