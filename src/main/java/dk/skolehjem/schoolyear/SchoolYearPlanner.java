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

    /**
     * What a year rolled out on {@code today} can no longer do that the policy asks for, in Danish, each with the
     * board's words when the principle promises it and "skolens praksis" otherwise; empty for a year started in time.
     */
    java.util.List<String> lostPromises(SchoolPolicy policy, SchoolYear year, LocalDate today) {
        java.util.List<String> lost = new java.util.ArrayList<>();
        if (policy.conference().enabled()
                && conferencePlanningStart(policy, year, today).isEmpty()) {
            lost.add(lost(
                    "Skole-hjem-samtalerne kan ikke holdes: vinduet sluttede "
                            + DanishDates.day(
                                    year.date(policy.conference().window().to())),
                    policy,
                    dk.skolehjem.policy.Promised.CONFERENCE_WINDOW,
                    dk.skolehjem.policy.Promised.CONFERENCE_PER_YEAR,
                    dk.skolehjem.policy.Promised.CONFERENCE));
        }
        if (policy.needsTalk().enabled() && needsTalkOffer(policy, year, today).isEmpty()) {
            lost.add(lost(
                    "Behovssamtalen kan ikke tilbydes: under en måned af skoleåret er tilbage",
                    policy,
                    dk.skolehjem.policy.Promised.NEEDS_TALK));
        }
        if (policy.learningConversation().enabled()
                && learningPlanningStart(policy, year, today).isEmpty()) {
            lost.add(lost(
                    "Læringssamtalerne kan ikke holdes: vinduet sluttede "
                            + DanishDates.day(year.date(
                                    policy.learningConversation().window().to())),
                    policy,
                    dk.skolehjem.policy.Promised.LEARNING_WINDOW,
                    dk.skolehjem.policy.Promised.LEARNING_CONVERSATION));
        }
        // a meeting later than the school's own practice date is still held; only the board's date is lost
        if (policy.parentMeeting().enabled()
                && policy.promise(dk.skolehjem.policy.Promised.PARENT_MEETING_HELD_BY)
                        .isPresent()
                && year.date(policy.parentMeeting().heldBy()).isBefore(today)) {
            lost.add(lost(
                    "Årets første forældremøde kan ikke holdes senest "
                            + DanishDates.day(year.date(policy.parentMeeting().heldBy()))
                            + "; klasseteamet får en ny frist",
                    policy,
                    dk.skolehjem.policy.Promised.PARENT_MEETING_HELD_BY));
        }
        return lost;
    }

    private static String lost(String what, SchoolPolicy policy, dk.skolehjem.policy.Promised... settings) {
        for (dk.skolehjem.policy.Promised setting : settings) {
            var promise = policy.promise(setting);
            if (promise.isPresent()) {
                return what + " (princippet: \u201c" + promise.get().quote() + "\u201d).";
            }
        }
        return what + " (skolens praksis).";
    }
}
