package dk.skolehjem.parentmeeting;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.minutes.MeetingDocument;
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

    /** The communication agreements' item, a fixed part of every meeting's agenda (R4). */
    static final String COMMUNICATION = "Aftaler om kommunikationen mellem skole og hjem og forældrene imellem";

    /** The year plan's item, presented by the team (R3). */
    static final String YEAR_PLAN = "Årets plan";

    /**
     * The agenda's fixed points, which the team cannot remove: the year plan (R3), the communication agreements (R4)
     * and the principle's themes for every meeting (Himmelev: "Skolens forventninger", "Klassens trivsel").
     */
    List<MeetingDocument.AgendaItem> fixedAgenda(
            SchoolPolicy policy, String conferencePlan, String projectWork, String themeWeeks, String otherEvents) {
        List<MeetingDocument.AgendaItem> fixed = new ArrayList<>();
        StringBuilder plan = new StringBuilder();
        append(plan, "Skole-hjem-samtaler", conferencePlan);
        append(plan, "projektarbejde", projectWork);
        append(plan, "emneuger", themeWeeks);
        append(plan, "arrangementer", otherEvents);
        fixed.add(new MeetingDocument.AgendaItem(
                YEAR_PLAN, plan.isEmpty() ? "Klasseteamet fremlægger årets plan." : plan.toString()));
        List<String> agreements = policy.parentMeeting().communicationAgreements().stream()
                .map(String::trim)
                .filter(l -> !l.isEmpty())
                .toList();
        fixed.add(new MeetingDocument.AgendaItem(
                COMMUNICATION, agreements.isEmpty() ? null : "- " + String.join("\n- ", agreements)));
        policy.parentMeeting().themes().stream()
                .map(String::trim)
                .filter(t -> !t.isEmpty())
                .forEach(t -> fixed.add(new MeetingDocument.AgendaItem(t, null)));
        return fixed;
    }

    /** The fixed points as the team's planning form shows them, numbered, read-only. */
    static String fixedAgendaText(List<MeetingDocument.AgendaItem> fixed) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < fixed.size(); i++) {
            MeetingDocument.AgendaItem item = fixed.get(i);
            text.append(i + 1).append(". ").append(item.title());
            if (item.discussion() != null) {
                text.append("\n   ").append(item.discussion().replace("\n", "\n   "));
            }
            text.append('\n');
        }
        return text.toString().trim();
    }

    /** The team's own points it starts from: the council's wishes (R2), and any other business. */
    String draftAgenda(String wishes) {
        List<String> lines = new ArrayList<>();
        if (wishes != null && !wishes.isBlank()) {
            lines.add("Klasseforældrerådets ønsker: " + wishes.trim().replaceAll("\\s*\\R\\s*", "; "));
        }
        lines.add("Eventuelt");
        return String.join("\n", lines);
    }

    /**
     * The meeting's agenda: the fixed points first, always, then the team's own points (one per line, numbering
     * dropped); a point of the team's that repeats a fixed one is left out, so nothing stands twice.
     */
    static List<MeetingDocument.AgendaItem> agenda(List<MeetingDocument.AgendaItem> fixed, String own) {
        List<MeetingDocument.AgendaItem> agenda = new ArrayList<>(fixed);
        if (own == null) {
            return agenda;
        }
        for (String line : own.split("\\R")) {
            String title = line.replaceFirst("^\\s*(\\d+[.)]|[-*•])\\s*", "").trim();
            if (!title.isEmpty() && fixed.stream().noneMatch(f -> repeats(f, title))) {
                agenda.add(new MeetingDocument.AgendaItem(title, null));
            }
        }
        return agenda;
    }

    private static boolean repeats(MeetingDocument.AgendaItem fixed, String title) {
        String a = fixed.title().toLowerCase(java.util.Locale.ROOT);
        String b = title.toLowerCase(java.util.Locale.ROOT);
        String detail = fixed.discussion() == null ? "" : fixed.discussion().toLowerCase(java.util.Locale.ROOT);
        return a.equals(b) || b.startsWith(a) || b.length() >= 8 && (a.contains(b) || detail.contains(b));
    }

    private static void append(StringBuilder plan, String label, String value) {
        if (value != null && !value.isBlank()) {
            plan.append(plan.isEmpty() ? "" : "; ").append(label).append(" ").append(value.trim());
        }
    }
}
