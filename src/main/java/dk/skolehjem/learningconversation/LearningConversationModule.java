package dk.skolehjem.learningconversation;

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

/**
 * One student's learning conversation (R9, R10) as the rest of the product sees it: booked like a conference (its
 * booking step sets the same variables), so the time is on the calendar and in the booking e-mail.
 */
@Component
public class LearningConversationModule implements ProcessModule {

    /** What the family books, on the calendar, in the booking e-mail and on "Mine bookinger". */
    private static final String WHAT = "Elevstyret læringssamtale";

    /** The form the family books with; its answers are shown on "Mine bookinger". */
    private static final String BOOKING_FORM = "learning-booking";

    private final MeetingBookings bookings;

    LearningConversationModule(MeetingBookings bookings) {
        this.bookings = bookings;
    }

    @Override
    public String key() {
        return "learning-conversation";
    }

    @Override
    public List<String> resources() {
        return List.of(
                "processes/learning-conversation.bpmn",
                "forms/conference-assign.form",
                "forms/learning-booking.form",
                "forms/learning-choice.form",
                "forms/learning-record.form");
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

    /** Held when the conversation began and its record then said the family came. */
    @Override
    public List<Evidence> evidence() {
        return List.of(
                Evidence.passedIf(Occurrence.What.LEARNING_CONVERSATION_HELD, "wait-learning", "write-message-book"));
    }
}
