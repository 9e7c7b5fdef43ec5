package dk.skolehjem.conference;

import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.RosterRepository;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Families with several children at the school can ask for their conferences back to back (R5, R7): when one child's
 * time is booked, each sibling whose class round is open and who has no time yet gets the free slot right after (or
 * right before) it reserved, so the family comes once.
 */
@Component
class SiblingBookings {

    /** A sibling who got a reserved time: whose conference it is and the slot reserved for them. */
    record Reserved(ClassYearKey student, String studentName, Slot slot) {
    }

    private final ConferenceRounds rounds;
    private final RosterRepository roster;

    SiblingBookings(ConferenceRounds rounds, RosterRepository roster) {
        this.rounds = rounds;
        this.roster = roster;
    }

    /** Whether any guardian with custody of the student has another child at the same school. */
    boolean hasSiblings(ClassYearKey student) {
        return roster.custodyGuardiansOfStudent(student.schoolId(), student.studentId()).stream()
                .flatMap(g -> roster.childrenInCustody(g).stream())
                .anyMatch(c -> c.schoolId().equals(student.schoolId()) && !c.id().equals(student.studentId()));
    }

    /** Reserves the slots next to {@code booked} for the guardian's other children; a sibling without a free neighbour is left to book. */
    List<Reserved> reserveNextTo(ClassYearKey student, Slot booked, String guardian, Clock clock) {
        List<Reserved> reserved = new ArrayList<>();
        for (RosterRepository.StudentRow sibling : roster.childrenInCustody(guardian)) {
            if (!sibling.schoolId().equals(student.schoolId()) || sibling.id().equals(student.studentId())) {
                continue;
            }
            Optional<String> round = rounds.latestRound(sibling.schoolId(), sibling.classCode(), student.year().toString(),
                    ConferenceRounds.Kind.CONFERENCE);
            if (round.isEmpty() || rounds.booked(round.get(), sibling.id()).isPresent()) {
                continue;
            }
            Optional<Slot> neighbour = rounds.freeNextTo(round.get(), booked);
            if (neighbour.isEmpty()) {
                continue;
            }
            try {
                Slot slot = rounds.book(round.get(), neighbour.get().id(), sibling.id(), guardian, clock);
                reserved.add(new Reserved(new ClassYearKey(student.year(), sibling.schoolId(), sibling.classCode(),
                        sibling.id()), sibling.name(), slot));
            } catch (SlotTaken e) {
                // another family took it in the same moment: this sibling books as usual
            }
        }
        return reserved;
    }
}
