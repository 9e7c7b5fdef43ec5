package dk.skolehjem.engine;

import dk.skolehjem.minutes.DocumentKind;
import dk.skolehjem.roster.ClassYearKey;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the rest of the product needs to know about one process, said by the package that owns it, so that the
 * parent page, access, the start door, retention and the year summary loop over the modules instead of naming a
 * process's key, variables or element ids (DESIGN.md, "Seams"). One bean per process key; the fast test
 * {@code ProcessModulesTest} checks each against its BPMN.
 */
public interface ProcessModule {

    /** The process definition key, as in the BPMN. */
    String key();

    /**
     * The process's BPMN (and DMN) and every form its model refers to, as deployed: {@code processes/needs-talk.bpmn},
     * {@code forms/needs-talk-answer.form}. The BPMN comes first.
     */
    List<String> resources();

    /** The doors on the product's pages through which a person starts it; none when only the system or another process does. */
    default List<StartDoor> startDoors() {
        return List.of();
    }

    /** Which variables give the meeting's time and place, for the parent page's calendar and the booking e-mail. */
    default Optional<MeetingTimePlace> meeting() {
        return Optional.empty();
    }

    /**
     * What the guardian {@code guardianId} has asked the school for about {@code student} (the student's business key)
     * through this process, running or finished, newest first, with the status the family may know; none when no
     * guardian starts it. Read as the system: the caller has already decided that the guardian may see the student.
     */
    default List<FamilyRequest> requestsBy(String guardianId, ClassYearKey student) {
        return List.of();
    }

    /** The kinds of document its steps write (through the document step). */
    default Set<DocumentKind> documents() {
        return Set.of();
    }

    /** What the year summary counts of this process's finished instances, if anything (R8). */
    default Optional<OutcomeCount> outcomes() {
        return Optional.empty();
    }

    /** Tasklist filters for the school's leadership: this process's tasks that are late (R17). */
    default List<LateTaskFilter> lateTaskFilters() {
        return List.of();
    }

    /**
     * Erases what the product keeps about one finished instance outside the engine's history: its documents, its
     * messages and the owning package's own records, each through the package that owns the table. Called inside the
     * caller's transaction. Only the concern has a retention time so far (L10); the other processes' records stay
     * with the school year, so by default there is nothing to erase.
     */
    default void erase(String processInstanceId) {}

    /**
     * How to tell from this process's history that what a principle promises happened (a meeting held, a talk
     * offered); compliance reads the steps named here for a whole school at once. None by default.
     */
    default List<Evidence> evidence() {
        return List.of();
    }

    /**
     * What the school's leadership should know this week about this process at the school, in counts and classes,
     * never a child's name (the lines go into an e-mail): open concerns by level and age, families that have not
     * booked, weekly plans not published. None by default.
     */
    default List<String> weekForLeadership(String schoolId, java.time.LocalDate today) {
        return List.of();
    }

    /**
     * What happened that the process keeps in its own records rather than in the engine's history (the weekly plan's
     * week and publication time), for one school year at one school; none by default.
     */
    default List<Occurrence> recorded(String schoolId, dk.skolehjem.calendar.SchoolYear year) {
        return List.of();
    }

    /**
     * The student's current bookings of this process this school year, for "Mine bookinger" on the parent page; none
     * when the process has no booking a family can change.
     */
    default List<Booking> bookings(ClassYearKey student) {
        return List.of();
    }

    /** The times the booking {@code ref} (one of {@link #bookings}) could change to now. */
    default List<Choice> freeTimes(ClassYearKey student, String ref) {
        return List.of();
    }

    /**
     * Moves the booking {@code ref} to the free slot {@code slotId} for the guardian: the new slot is booked and the
     * old one freed in one transaction, or neither; a refusal is a Danish {@link FormInput#refused} message.
     */
    default void changeBooking(ClassYearKey student, String ref, String slotId, String guardianId) {
        throw new UnsupportedOperationException("Processen " + key() + " har ingen booking, der kan ændres");
    }

    /** Cancels the booking {@code ref}: the slot is freed at once and the family may book again until the deadline. */
    default void cancelBooking(ClassYearKey student, String ref, String guardianId) {
        throw new UnsupportedOperationException("Processen " + key() + " har ingen booking, der kan aflyses");
    }

    /**
     * What the process has published to the families of the child's class and is current on {@code today} (the
     * weekly plan of this week and next), newest first; nothing by default.
     */
    default List<Publication> publications(dk.skolehjem.roster.ClassYearKey child, java.time.LocalDate today) {
        return List.of();
    }

    /** The module of {@code key}, if any. */
    static Optional<ProcessModule> find(Collection<? extends ProcessModule> modules, String key) {
        return modules.stream()
                .filter(m -> m.key().equals(key))
                .map(m -> (ProcessModule) m)
                .findFirst();
    }

    /** The process key in a process definition id ({@code needs-talk:3:abc}), as the engine makes them for our keys. */
    static String keyOf(String processDefinitionId) {
        return processDefinitionId.split(":")[0];
    }
}
