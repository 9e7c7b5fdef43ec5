package dk.skolehjem.conference;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.notification.Notification;
import dk.skolehjem.notification.NotificationKind;
import dk.skolehjem.notification.NotificationPort;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.RosterRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Families with several children at the school can ask for their conferences back to back (R5, R7): the wish is
 * kept with the booked slot, and each sibling gets the free slot right after (or right before) it reserved, at once
 * when the sibling's class round is open, or when that class publishes its round later. The family is told which
 * time was reserved; they confirm it in the sibling's own booking task.
 */
@Component
class SiblingBookings {

    /** A sibling who got a reserved time: whose conference it is and the slot reserved for them. */
    record Reserved(ClassYearKey student, String studentName, Slot slot) {}

    private final ConferenceRounds rounds;
    private final RosterRepository roster;
    private final NotificationPort notifications;
    private final TransactionTemplate savepoint;

    SiblingBookings(
            ConferenceRounds rounds,
            RosterRepository roster,
            NotificationPort notifications,
            PlatformTransactionManager transactions) {
        this.rounds = rounds;
        this.roster = roster;
        this.notifications = notifications;
        // a reservation that loses a race must not take the family's own booking down with it (PostgreSQL aborts
        // the whole transaction on a unique-key violation unless it is inside a savepoint)
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Whether any guardian with custody of the student has another child at the same school. */
    boolean hasSiblings(ClassYearKey student) {
        return roster.custodyGuardiansOfStudent(student.schoolId(), student.studentId()).stream()
                .anyMatch(g -> !siblings(student, g).isEmpty());
    }

    /**
     * Keeps the wish with {@code booked} and reserves the neighbouring slot for the guardian's other children whose
     * round is open; a sibling without a free neighbour is left to book as usual.
     */
    List<Reserved> reserveNextTo(ClassYearKey student, String studentName, Slot booked, String guardian, Clock clock) {
        rounds.markBackToBack(booked.id());
        List<Reserved> reserved = new ArrayList<>();
        for (RosterRepository.StudentRow sibling : siblings(student, guardian)) {
            rounds.latestRound(
                            sibling.schoolId(),
                            sibling.classCode(),
                            student.year().toString(),
                            ConferenceRounds.Kind.CONFERENCE)
                    .filter(round -> rounds.booked(round, sibling.id()).isEmpty())
                    .flatMap(round -> reserve(round, booked, student.year(), sibling, studentName, guardian, clock))
                    .ifPresent(reserved::add);
        }
        return reserved;
    }

    /**
     * For a student whose round was just published: the slot next to a brother's or sister's conference that a
     * guardian with custody booked back to back, reserved; empty when there is none or no neighbour is free.
     */
    Optional<Reserved> reserveForNewRound(ClassYearKey student, String roundId, Clock clock) {
        if (rounds.booked(roundId, student.studentId()).isPresent()) {
            return Optional.empty();
        }
        Optional<RosterRepository.StudentRow> self =
                roster.studentsOfClass(student.schoolId(), student.classCode()).stream()
                        .filter(s -> s.id().equals(student.studentId()))
                        .findFirst();
        for (String guardian : self.isEmpty()
                ? List.<String>of()
                : roster.custodyGuardiansOfStudent(student.schoolId(), student.studentId())) {
            List<RosterRepository.StudentRow> siblings = siblings(student, guardian);
            List<String> ids =
                    siblings.stream().map(RosterRepository.StudentRow::id).toList();
            for (ConferenceRounds.BookedSlot other :
                    rounds.bookedBackToBack(student.schoolId(), student.year().toString(), guardian, ids)) {
                String otherName = siblings.stream()
                        .filter(s -> s.id().equals(other.studentId()))
                        .map(RosterRepository.StudentRow::name)
                        .findFirst()
                        .orElseThrow();
                Optional<Reserved> reserved =
                        reserve(roundId, other.slot(), student.year(), self.get(), otherName, guardian, clock);
                if (reserved.isPresent()) {
                    return reserved;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Reserved> reserve(
            String roundId,
            Slot nextTo,
            SchoolYear year,
            RosterRepository.StudentRow sibling,
            String nextToName,
            String guardian,
            Clock clock) {
        Optional<Slot> neighbour = rounds.freeNextTo(roundId, nextTo);
        if (neighbour.isEmpty()) {
            return Optional.empty();
        }
        Slot slot = savepoint.execute(status -> {
            try {
                return rounds.book(roundId, neighbour.get().id(), sibling.id(), guardian, clock);
            } catch (SlotTaken e) {
                status.setRollbackOnly();
                return null;
            }
        });
        if (slot == null) {
            return Optional.empty();
        }
        Reserved reserved = new Reserved(
                new ClassYearKey(year, sibling.schoolId(), sibling.classCode(), sibling.id()), sibling.name(), slot);
        tellTheFamily(reserved, nextToName);
        return Optional.of(reserved);
    }

    private void tellTheFamily(Reserved reserved, String nextToName) {
        String label = ConferenceRounds.label(reserved.slot());
        for (String guardian : roster.custodyGuardiansOfStudent(
                reserved.student().schoolId(), reserved.student().studentId())) {
            notifications.send(new Notification(
                    guardian,
                    NotificationKind.NEW_TASK,
                    "Samtaletid reserveret til " + reserved.studentName(),
                    "Som I bad om, har vi reserveret " + label + " til " + reserved.studentName()
                            + ", lige ved siden af "
                            + nextToName + "s samtale. Bekræft tiden og udfyld skemaet om " + reserved.studentName()
                            + " under \"Mine opgaver\".",
                    "/foraeldre",
                    null,
                    null));
        }
    }

    private List<RosterRepository.StudentRow> siblings(ClassYearKey student, String guardian) {
        return roster.childrenInCustody(guardian).stream()
                .filter(c ->
                        c.schoolId().equals(student.schoolId()) && !c.id().equals(student.studentId()) && c.active())
                .toList();
    }
}
