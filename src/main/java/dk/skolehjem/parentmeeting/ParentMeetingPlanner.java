package dk.skolehjem.parentmeeting;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.policy.Promised;
import dk.skolehjem.policy.SchoolPolicy;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The parent meeting's rules in plain Java (R2-R4): when the council must answer, when the meeting must be planned,
 * what a plan must satisfy, and the agenda the team starts from.
 */
@Service
class ParentMeetingPlanner {

    /** The dates the process waits on. */
    record Deadlines(LocalDate councilDue, LocalDate planDue) {}

    Deadlines deadlines(SchoolPolicy policy, SchoolYear year, LocalDate today, int meetingNumber) {
        SchoolPolicy.ParentMeeting rules = policy.parentMeeting();
        LocalDate heldBy = heldBy(policy, year, meetingNumber);
        LocalDate planDue =
                heldBy.isBefore(today) ? today.plus(policy.yearPlan().lateStartGrace()) : heldBy;
        LocalDate councilDue = today.plus(rules.councilAnswerWithin());
        if (councilDue.isAfter(planDue)) {
            councilDue = planDue;
        }
        return new Deadlines(councilDue, planDue);
    }

    /** The date the year's n-th meeting (1 = the first) is due by, from the policy. */
    static LocalDate heldBy(SchoolPolicy policy, SchoolYear year, int meetingNumber) {
        List<java.time.MonthDay> dates = policy.parentMeeting().dueDates();
        return year.date(dates.get(Math.max(0, Math.min(meetingNumber, dates.size()) - 1)));
    }

    /**
     * The board's words when the principle itself promises by when the year's first meeting is held; empty when that
     * date is the school's practice (then a later meeting is simply accepted).
     */
    static java.util.Optional<SchoolPolicy.Promise> heldByPromise(SchoolPolicy policy, int meetingNumber) {
        return meetingNumber > 1 ? java.util.Optional.empty() : policy.promise(Promised.PARENT_MEETING_HELD_BY);
    }

    /** Problems with a planned meeting; empty when it may go ahead. */
    List<String> problems(
            SchoolPolicy policy,
            int meetingNumber,
            SchoolYear year,
            LocalDate today,
            LocalDate date,
            LocalTime time,
            int minutes,
            String reason) {
        List<String> problems = new ArrayList<>();
        if (!year.contains(date)) {
            problems.add("Mødet skal ligge i skoleåret " + year + ".");
        }
        if (date.isBefore(today)) {
            problems.add("Mødedatoen er overskredet; vælg en dato fra i dag.");
        }
        if (time.isBefore(LocalTime.of(7, 0))
                || time.plusMinutes(minutes).isAfter(LocalTime.of(22, 0))
                || time.plusMinutes(minutes).isBefore(time)) {
            problems.add("Mødet skal ligge mellem kl. 7 og kl. 22.");
        }
        LocalDate heldBy = heldBy(policy, year, meetingNumber);
        var promise = heldByPromise(policy, meetingNumber);
        if (promise.isPresent() && date.isAfter(heldBy) && (reason == null || reason.isBlank())) {
            problems.add("Mødet ligger efter " + dk.skolehjem.calendar.DanishDates.day(heldBy)
                    + "; skriv hvorfor (princippet: \"" + promise.get().quote() + "\").");
        }
        return problems;
    }

    /** The agenda the team starts from: the year plan (R3), communication agreements (R4), the council's wishes (R2). */
    String draftAgenda(
            String conferencePlan,
            String projectWork,
            String themeWeeks,
            String otherEvents,
            String wishes,
            String communicationAgreements) {
        List<String> lines = new ArrayList<>();
        lines.add("Velkommen og præsentation");
        StringBuilder plan = new StringBuilder("Årets plan");
        append(plan, "skole-hjem-samtaler", conferencePlan);
        append(plan, "projektarbejde", projectWork);
        append(plan, "emneuger", themeWeeks);
        append(plan, "arrangementer", otherEvents);
        lines.add(plan.toString());
        StringBuilder communication =
                new StringBuilder("Aftaler om kommunikationen mellem skole og hjem og forældrene imellem");
        if (communicationAgreements != null) {
            communicationAgreements
                    .lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty())
                    .forEach(l -> communication.append("\n   - ").append(l));
        }
        lines.add(communication.toString());
        if (wishes != null && !wishes.isBlank()) {
            lines.add("Klasseforældrerådets ønsker: " + wishes.trim().replaceAll("\\s*\\R\\s*", "; "));
        }
        lines.add("Eventuelt");
        StringBuilder agenda = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            agenda.append(i + 1).append(". ").append(lines.get(i)).append('\n');
        }
        return agenda.toString().trim();
    }

    private static void append(StringBuilder plan, String label, String value) {
        if (value != null && !value.isBlank()) {
            plan.append(plan.indexOf(":") < 0 ? ": " : "; ")
                    .append(label)
                    .append(" ")
                    .append(value.trim());
        }
    }
}
