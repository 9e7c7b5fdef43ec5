package dk.skolehjem.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dk.skolehjem.engine.MeetingTimePlace;
import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.roster.RosterRepository;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/**
 * A booking confirmation carries the booked meeting for the family's calendar, read from the variables the process's
 * module names; a process without a meeting (a class visit) confirms without one.
 */
class BookingEventTest {

    private static final LocalDateTime START = LocalDateTime.of(2026, 11, 3, 14, 20);

    private final List<Notification> sent = new ArrayList<>();
    private final RosterRepository roster = mock(RosterRepository.class);
    private final ProcessModule conference = new ProcessModule() {
        @Override
        public String key() {
            return "conference";
        }

        @Override
        public List<String> resources() {
            return List.of();
        }

        @Override
        public Optional<MeetingTimePlace> meeting() {
            return Optional.of(
                    new MeetingTimePlace("Skole-hjem-samtale", "conferenceStart", "place", "slotMinutes", false));
        }
    };
    private final ProcessModule visit = new ProcessModule() {
        @Override
        public String key() {
            return "class-visit";
        }

        @Override
        public List<String> resources() {
            return List.of();
        }
    };
    private final NotifyDelegate delegate =
            new NotifyDelegate(sent::add, roster, null, null, List.of(conference, visit));

    @Test
    void aBookedConferenceGoesIntoTheFamilysCalendar() throws Exception {
        delegate.execute(booking("conference:3:abc"));
        assertThat(sent)
                .singleElement()
                .extracting(Notification::event)
                .isEqualTo(new Notification.Event(START, 15, "Lokale 12"));
    }

    @Test
    void aConfirmationWithoutAMeeting_hasNoCalendarEntry() throws Exception {
        delegate.execute(booking("class-visit:1:def"));
        assertThat(sent).singleElement().extracting(Notification::event).isNull();
    }

    private DelegateExecution booking(String processDefinitionId) {
        when(roster.custodyGuardiansOfStudent("demo", "e1")).thenReturn(List.of("mor1"));
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getProcessBusinessKey()).thenReturn("2026-27:demo:5.A:e1");
        when(execution.getProcessDefinitionId()).thenReturn(processDefinitionId);
        when(execution.getProcessInstanceId()).thenReturn("pi-1");
        when(execution.getVariableLocal("notifyAudience")).thenReturn("GUARDIANS_OF_STUDENT");
        when(execution.getVariableLocal("notificationKind")).thenReturn("BOOKING_CONFIRMED");
        when(execution.getVariableLocal("notificationSubject")).thenReturn("Tiden er booket");
        when(execution.getVariableLocal("notificationBody")).thenReturn("Vi ses");
        when(execution.getVariable("conferenceStart"))
                .thenReturn(
                        Date.from(START.atZone(ZoneId.of("Europe/Copenhagen")).toInstant()));
        when(execution.getVariable("slotMinutes")).thenReturn(15);
        when(execution.getVariable("place")).thenReturn("Lokale 12");
        return execution;
    }
}
