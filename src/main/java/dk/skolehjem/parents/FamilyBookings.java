package dk.skolehjem.parents;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.engine.Booking;
import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.CurrentUser;
import dk.skolehjem.roster.RosterRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * "Mine bookinger": a child's booked meetings, gathered from the process modules; and the one booking a guardian
 * points at, looked up among the children in their custody at their schools only, so a reference from the browser
 * never reaches another family's booking.
 */
@Service
class FamilyBookings {

    /** A booking of one of the guardian's children, with the module that can change it. */
    record Found(RosterRepository.StudentRow child, ClassYearKey key, ProcessModule module, Booking booking) {}

    private final RosterRepository roster;
    private final List<ProcessModule> modules;
    private final Clock clock;

    FamilyBookings(RosterRepository roster, List<ProcessModule> modules, Clock clock) {
        this.roster = roster;
        this.modules = modules;
        this.clock = clock;
    }

    List<Booking> of(ClassYearKey child) {
        return modules.stream().flatMap(m -> m.bookings(child).stream()).toList();
    }

    Optional<Found> find(CurrentUser user, String ref) {
        SchoolYear year = SchoolYear.of(LocalDate.now(clock));
        for (RosterRepository.StudentRow child : roster.childrenInCustody(user.id())) {
            if (!user.tenants().contains(child.schoolId())) {
                continue;
            }
            ClassYearKey key = new ClassYearKey(year, child.schoolId(), child.classCode(), child.id());
            for (ProcessModule module : modules) {
                for (Booking booking : module.bookings(key)) {
                    if (booking.ref().equals(ref)) {
                        return Optional.of(new Found(child, key, module, booking));
                    }
                }
            }
        }
        return Optional.empty();
    }
}
