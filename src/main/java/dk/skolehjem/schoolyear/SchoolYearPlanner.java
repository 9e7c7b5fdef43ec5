package dk.skolehjem.schoolyear;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.policy.SchoolPolicy;
import java.time.LocalDate;
import org.springframework.stereotype.Service;

/** Works out a class's year from its school's policy; plain Java so the rules are tested without the engine. */
@Service
class SchoolYearPlanner {

    /**
     * When the class team is asked to publish the conference round: two weeks before the booking period that ends
     * where the principle's window begins. Empty when the principle has no conferences or the window has passed.
     */
    java.util.Optional<LocalDate> conferencePlanningStart(SchoolPolicy policy, SchoolYear year, LocalDate today) {
        SchoolPolicy.Conference c = policy.conference();
        if (!c.enabled() || year.date(c.window().to()).isBefore(today)) {
            return java.util.Optional.empty();
        }
        LocalDate start = year.date(c.window().from()).minus(c.bookingOpenFor()).minusDays(14);
        return java.util.Optional.of(start.isBefore(today) ? today : start);
    }

    /**
     * When the needs-based talk is offered (R8): the principle's date in the second half of the year, or today when
     * the year started later; empty when the principle offers none or less than a month of the year is left.
     */
    java.util.Optional<LocalDate> needsTalkOffer(SchoolPolicy policy, SchoolYear year, LocalDate today) {
        if (!policy.needsTalk().enabled() || today.isAfter(year.end().minusMonths(1))) {
            return java.util.Optional.empty();
        }
        LocalDate offer = year.date(policy.needsTalk().offerOn());
        return java.util.Optional.of(offer.isBefore(today) ? today : offer);
    }

    /**
     * When the class team is asked to publish the learning conversations (R9): two weeks before a booking period
     * that ends where the principle's window begins; empty when there are none or the window has passed.
     */
    java.util.Optional<LocalDate> learningPlanningStart(SchoolPolicy policy, SchoolYear year, LocalDate today) {
        SchoolPolicy.LearningConversation l = policy.learningConversation();
        if (!l.enabled() || year.date(l.window().to()).isBefore(today)) {
            return java.util.Optional.empty();
        }
        LocalDate start = year.date(l.window().from())
                .minus(policy.conference().bookingOpenFor())
                .minusDays(14);
        return java.util.Optional.of(start.isBefore(today) ? today : start);
    }

    YearPlanDates plan(SchoolPolicy policy, SchoolYear year, LocalDate today) {
        LocalDate due = year.date(policy.yearPlan().dueBy());
        LocalDate earliest = today.plus(policy.yearPlan().lateStartGrace());
        if (due.isBefore(today)) {
            // The year started late (or the school joined mid-year): the team still gets a fair deadline.
            due = earliest;
        }
        String conferences = policy.conference().enabled()
                ? "Skole-hjem-samtaler mellem "
                        + DanishDates.day(year.date(policy.conference().window().from())) + " og "
                        + DanishDates.day(year.date(policy.conference().window().to()))
                : "";
        String meeting = policy.parentMeeting().enabled()
                ? DanishDates.day(year.date(policy.parentMeeting().heldBy()))
                : "";
        return new YearPlanDates(due, year.end(), conferences, meeting);
    }
}
