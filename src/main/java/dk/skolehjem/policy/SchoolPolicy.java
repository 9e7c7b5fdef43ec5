package dk.skolehjem.policy;

import dk.skolehjem.calendar.Holiday;
import dk.skolehjem.calendar.SchoolCalendar;
import dk.skolehjem.calendar.SchoolYear;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * A school board's principle for school-home cooperation as data: which processes run, in which windows and with
 * which deadlines. Loaded from {@code policies/<id>.yaml} and checked by {@link PolicyValidator}.
 *
 * <p>Two kinds of settings live here and are never confused. A {@link Promise} is the board's own words, quoted, and
 * names the settings that keep it ({@code keeps}); only those are enforced or cited as "princippet". Every other
 * setting is the school's practice: a default the leadership chose where the principle is silent.
 */
public record SchoolPolicy(
        String id,
        String name,
        String source,
        Principle principle,
        List<Promise> promises,
        YearPlan yearPlan,
        ParentMeeting parentMeeting,
        Conference conference,
        NeedsTalk needsTalk,
        LearningConversation learningConversation,
        WeeklyPlan weeklyPlan,
        ConcernRules concern,
        Reminders reminders,
        Informing informing,
        List<Holiday> holidays) {

    /** The same policy with the principle's text filled in (it may be kept beside the policy file). */
    SchoolPolicy withPrinciple(Principle newPrinciple) {
        return new SchoolPolicy(
                id,
                name,
                source,
                newPrinciple,
                promises,
                yearPlan,
                parentMeeting,
                conference,
                needsTalk,
                learningConversation,
                weeklyPlan,
                concern,
                reminders,
                informing,
                holidays);
    }

    public List<Promise> promises() {
        return promises == null ? List.of() : promises;
    }

    /** The board's promise that keeps this setting (see {@link Promised}), or empty when the setting is practice. */
    public Optional<Promise> promise(Promised setting) {
        return promises().stream()
                .filter(p -> p.keeps().contains(setting.key()))
                .findFirst();
    }

    /** How many times a year the principle promises the parents are told about their child's outcome; 0 = none. */
    public int informedPerYear() {
        return informing == null || informing.perYear() == null ? 0 : informing.perYear();
    }

    public SchoolCalendar calendar(SchoolYear year) {
        return new SchoolCalendar(year, holidays == null ? List.of() : holidays);
    }

    /**
     * The principle as the school board approved it (Folkeskoleloven § 44): title, approval and last revision, and
     * its full text, against which every promise's quote is checked. The text is written inline or kept next to the
     * policy as {@code principles/<id>.txt}.
     */
    public record Principle(String title, LocalDate approved, LocalDate revised, String text) {

        /** The same principle with its text. */
        public Principle withText(String newText) {
            return new Principle(title, approved, revised, newText);
        }
    }

    /**
     * One promise of the principle: the board's exact words ({@code quote}), where they stand in the document
     * ({@code where}), and the settings of this policy that keep the promise ({@code keeps}, see {@link Promised}).
     * A promise that keeps no setting is cited but not enforced by the product (the spirit of the cooperation).
     */
    public record Promise(String id, String quote, String where, List<String> keeps) {

        public List<String> keeps() {
            return keeps == null ? List.of() : keeps;
        }
    }

    /** How often the parents are told about their child's outcome of schooling (through the message book). */
    public record Informing(Integer perYear) {}

    /** A span within the school year, e.g. 01-15 to 03-31. */
    public record Window(MonthDay from, MonthDay to) {}

    /** The class's year plan (R3: conferences, project work, theme weeks), presented at the first parent meeting. */
    public record YearPlan(MonthDay dueBy, Period lateStartGrace) {}

    /**
     * R2, R3, R4. {@code perYear} meetings at least: the first by {@code heldBy}, the others by {@code laterHeldBy}
     * in order. {@code communicationAgreements}: the principle's own rules for communication between school and
     * home, and {@code themes}: the topics every meeting takes up; both are fixed parts of the agenda (optional).
     * {@code supplementaryEvents}: the class also plans social events with the parents, written in the year plan.
     */
    public record ParentMeeting(
            boolean enabled,
            Integer perYear,
            MonthDay heldBy,
            List<MonthDay> laterHeldBy,
            boolean councilAgendaRequest,
            Period councilAnswerWithin,
            boolean agreeDateWithContactParents,
            List<String> communicationAgreements,
            List<String> themes,
            Boolean supplementaryEvents) {

        public Boolean supplementaryEvents() {
            return Boolean.TRUE.equals(supplementaryEvents);
        }

        public List<String> communicationAgreements() {
            return communicationAgreements == null ? List.of() : communicationAgreements;
        }

        public List<MonthDay> laterHeldBy() {
            return laterHeldBy == null ? List.of() : laterHeldBy;
        }

        public List<String> themes() {
            return themes == null ? List.of() : themes;
        }

        /** The date each of the year's meetings is due by, first meeting first. */
        public List<MonthDay> dueDates() {
            List<MonthDay> all = new java.util.ArrayList<>();
            all.add(heldBy);
            all.addAll(laterHeldBy());
            return all.subList(0, Math.min(all.size(), perYear == null ? 1 : perYear));
        }
    }

    /**
     * R5, R6, R7. {@code student}: whether the student always takes part ("samtale mellem 3 parter") or as needed
     * ("eleven deltager efter behov"); the record of a conference asks why when the student was not there.
     */
    public record Conference(
            boolean enabled,
            Integer perYear,
            Window window,
            Period bookingOpenFor,
            Period reminderBefore,
            List<String> formats,
            StudentPart student) {

        public Conference {
            student = student == null ? StudentPart.ALWAYS : student;
        }
    }

    /** Whether the student takes part in the school-home conference. */
    public enum StudentPart {
        ALWAYS,
        AS_NEEDED
    }

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

    /**
     * When people are reminded before a deadline and when leadership hears that one was missed; {@code
     * warnLeadershipSchoolDays}: how many school days ahead leadership's weekly overview names what is about to be
     * missed (practice; 5 when not set).
     */
    public record Reminders(Period before, Period escalateAfter, Integer warnLeadershipSchoolDays) {

        public Reminders(Period before, Period escalateAfter) {
            this(before, escalateAfter, null);
        }

        public int warnDays() {
            return warnLeadershipSchoolDays == null ? 5 : warnLeadershipSchoolDays;
        }
    }
}
