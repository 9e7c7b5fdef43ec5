package dk.skolehjem.policy;

import dk.skolehjem.calendar.Holiday;
import dk.skolehjem.calendar.SchoolCalendar;
import dk.skolehjem.calendar.SchoolYear;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;

/**
 * A school board's principle for school-home cooperation as data: which processes run, in which windows and with
 * which deadlines. Loaded from {@code policies/<id>.yaml} and checked by {@link PolicyValidator}.
 */
public record SchoolPolicy(
        String id,
        String name,
        String source,
        YearPlan yearPlan,
        ParentMeeting parentMeeting,
        Conference conference,
        NeedsTalk needsTalk,
        LearningConversation learningConversation,
        WeeklyPlan weeklyPlan,
        ConcernRules concern,
        Reminders reminders,
        List<Holiday> holidays) {

    public SchoolCalendar calendar(SchoolYear year) {
        return new SchoolCalendar(year, holidays == null ? List.of() : holidays);
    }

    /** A span within the school year, e.g. 01-15 to 03-31. */
    public record Window(MonthDay from, MonthDay to) {}

    /** The class's year plan (R3: conferences, project work, theme weeks), presented at the first parent meeting. */
    public record YearPlan(MonthDay dueBy, Period lateStartGrace) {}

    /**
     * R2, R3, R4. {@code communicationAgreements}: the principle's own rules for communication between school and
     * home, which the meeting's draft agenda starts from (optional).
     */
    public record ParentMeeting(
            boolean enabled,
            Integer perYear,
            MonthDay heldBy,
            boolean councilAgendaRequest,
            Period councilAnswerWithin,
            boolean agreeDateWithContactParents,
            List<String> communicationAgreements) {

        public List<String> communicationAgreements() {
            return communicationAgreements == null ? List.of() : communicationAgreements;
        }
    }

    /** R5, R6, R7. */
    public record Conference(
            boolean enabled,
            Integer perYear,
            Window window,
            Period bookingOpenFor,
            Period reminderBefore,
            List<String> formats) {}

    /** R8, R13. */
    public record NeedsTalk(boolean enabled, MonthDay offerOn, Period answerWithin) {}

    /** R9, R10. */
    public record LearningConversation(boolean enabled, Window window) {}

    /** R1: when the plan is due, and whether the team writes it in the form or links to the learning platform. */
    public record WeeklyPlan(boolean enabled, DayOfWeek dueDay, LocalTime dueTime, WeeklyPlanFormat format) {

        public WeeklyPlan {
            format = format == null ? WeeklyPlanFormat.FORM : format;
        }
    }

    /** Where the weekly plan is written: in Skole-hjem's form, or on the school's learning platform (a link). */
    public enum WeeklyPlanFormat {
        FORM,
        PLATFORM_LINK
    }

    /**
     * R14 and L4, L5, L10: how fast a worry is followed up, how long the guardians have to answer the request for
     * consent to involve PPR, and how long a closed concern's documents are kept before they are deleted.
     */
    public record ConcernRules(
            Integer contactGuardiansWithinSchoolDays,
            Period followUpAfter,
            Integer consentWithinSchoolDays,
            Period retention) {}

    /** When people are reminded before a deadline and when leadership hears that one was missed. */
    public record Reminders(Period before, Period escalateAfter) {}
}
