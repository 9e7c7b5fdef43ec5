package dk.skolehjem.conference;

import dk.skolehjem.engine.Booking;
import dk.skolehjem.engine.Choice;
import dk.skolehjem.engine.Evidence;
import dk.skolehjem.engine.MeetingBookings;
import dk.skolehjem.engine.MeetingTimePlace;
import dk.skolehjem.engine.Occurrence;
import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.minutes.DocumentKind;
import dk.skolehjem.roster.ClassYearKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** One student's school-home conference (R5-R7) as the rest of the product sees it: the booked time on the calendar and in the booking e-mail. */
@Component
public class ConferenceModule implements ProcessModule {

    /** What the family books, on the calendar, in the booking e-mail and on "Mine bookinger". */
    private static final String WHAT = "Skole-hjem-samtale";

    /** The form the family books with; its answers are shown on "Mine bookinger". */
    private static final String BOOKING_FORM = "pre-conference";

    private final MeetingBookings bookings;
    private final dk.skolehjem.engine.OpenWork openWork;

    ConferenceModule(MeetingBookings bookings, dk.skolehjem.engine.OpenWork openWork) {
        this.openWork = openWork;
        this.bookings = bookings;
    }

    @Override
    public String key() {
        return "conference";
    }

    @Override
    public List<String> resources() {
        return List.of(
                "processes/conference.bpmn",
                "forms/conference-assign.form",
                "forms/conference-prepare.form",
                "forms/conference-record.form",
                "forms/pre-conference.form");
    }

    @Override
    public Optional<MeetingTimePlace> meeting() {
        return Optional.of(new MeetingTimePlace(WHAT, "conferenceStart", "place", "slotMinutes", false));
    }

    @Override
    public Set<DocumentKind> documents() {
        return Set.of(DocumentKind.MINUTES);
    }

    @Override
    public List<Booking> bookings(ClassYearKey student) {
        return bookings.bookings(student, booked());
    }

    @Override
    public List<Choice> freeTimes(ClassYearKey student, String ref) {
        return bookings.freeTimes(student, ref, booked());
    }

    @Override
    public void changeBooking(ClassYearKey student, String ref, String slotId, String guardianId) {
        bookings.change(student, ref, slotId, guardianId, booked());
    }

    @Override
    public void cancelBooking(ClassYearKey student, String ref, String guardianId) {
        bookings.cancel(student, ref, guardianId, booked());
    }

    private MeetingBookings.Booked booked() {
        return new MeetingBookings.Booked(key(), WHAT, BOOKING_FORM);
    }

    /** Held when the conference began and its record then said the family came (a no-show gets a new time). */
    @Override
    public List<Evidence> evidence() {
        return List.of(Evidence.passedIf(Occurrence.What.CONFERENCE_HELD, "wait-conference", "write-message-book"));
    }

    /** The families at the school that have not booked their conference yet, class by class, no names. */
    @Override
    public List<String> weekForLeadership(String schoolId, java.time.LocalDate today) {
        var unbooked = openWork.perClass(schoolId, key(), "bookConference", null);
        return unbooked.isEmpty()
                ? List.of()
                : List.of("Familier, der ikke har booket skole-hjem-samtale: "
                        + dk.skolehjem.engine.OpenWork.describe(unbooked));
    }
}
