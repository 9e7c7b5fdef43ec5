package dk.skolehjem.engine;

import dk.skolehjem.roster.ClassYearKey;
import java.util.List;

/**
 * Booked slots a family may see, change and cancel until the booking deadline: one implementation, where the slots
 * are kept, serves every process whose families book a slot (the conference, the learning conversation), so their
 * modules share it without importing each other's package.
 */
public interface MeetingBookings {

    /** Which process and which of its parts the booking belongs to. */
    record Booked(String processKey, String what, String bookingForm) {}

    List<Booking> bookings(ClassYearKey student, Booked process);

    List<Choice> freeTimes(ClassYearKey student, String ref, Booked process);

    void change(ClassYearKey student, String ref, String slotId, String guardianId, Booked process);

    void cancel(ClassYearKey student, String ref, String guardianId, Booked process);
}
