package dk.skolehjem.compliance;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.calendar.SchoolCalendar;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.engine.AsSystem;
import dk.skolehjem.engine.OverdueWork;
import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.notification.Notification;
import dk.skolehjem.notification.NotificationKind;
import dk.skolehjem.notification.NotificationPort;
import dk.skolehjem.roster.GroupIds;
import dk.skolehjem.roster.RosterRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Signals, not digging: every Monday morning each school's leadership gets one message with the week ahead: what
 * the principle or practice has due within the next school days and is not done yet, what was missed, the staff
 * work past its deadline, and what each process says leadership should know (open concerns by level and age,
 * families that have not booked, late weekly plans). Counts and classes only; the page has the rest.
 */
@Component
public class LeadershipDigest {

    /** The outbox keeps 4000 characters of a message's text. */
    static final int MAX_BODY = 3800;

    private final RosterRepository roster;
    private final Compliance compliance;
    private final OverdueWork overdue;
    private final List<ProcessModule> modules;
    private final NotificationPort notifications;
    private final IdentityService identity;
    private final Clock clock;

    LeadershipDigest(
            RosterRepository roster,
            Compliance compliance,
            OverdueWork overdue,
            List<ProcessModule> modules,
            NotificationPort notifications,
            IdentityService identity,
            Clock clock) {
        this.roster = roster;
        this.compliance = compliance;
        this.overdue = overdue;
        this.modules = modules;
        this.notifications = notifications;
        this.identity = identity;
        this.clock = clock;
    }

    @Scheduled(cron = "${skolehjem.digest.cron:0 0 7 * * MON}", zone = "Europe/Copenhagen")
    public void weekly() {
        LocalDate today = LocalDate.now(clock.withZone(DanishDates.ZONE));
        roster.schoolNames().keySet().forEach(school -> send(school, today));
    }

    /** Sends the school's overview for the week of {@code today} to each member of its leadership; how many got it. */
    public int send(String schoolId, LocalDate today) {
        List<String> lines = lines(schoolId, today);
        List<User> leaders = AsSystem.call(
                identity,
                () -> identity.createUserQuery()
                        .memberOfGroup(GroupIds.leadership(schoolId))
                        .list());
        String subject = "Ugens overblik, uge " + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        String body = String.join("\n", lines);
        if (body.length() > MAX_BODY) {
            // a large school's week does not fit an e-mail; the page has all of it
            body = body.substring(0, body.lastIndexOf('\n', MAX_BODY)) + "\n… og mere: se hele ugen på siden.";
        }
        for (User leader : leaders) {
            notifications.send(new Notification(
                    leader.getId(), NotificationKind.LEADERSHIP_DIGEST, subject, body, "/overblik", null, null));
        }
        return leaders.size();
    }

    /** The week's lines for the school, most urgent first. */
    public List<String> lines(String schoolId, LocalDate today) {
        List<String> lines = new ArrayList<>();
        var school = compliance.school(schoolId, SchoolYear.of(today), today);
        if (school.isEmpty()) {
            return lines;
        }
        SchoolCompliance c = school.get();
        SchoolCalendar calendar = c.policy().calendar(c.year());
        LocalDate horizon =
                calendar.plusSchoolDays(today, c.policy().reminders().warnDays());
        Map<String, Integer> dueSoon = new LinkedHashMap<>();
        Map<String, Integer> missedLastWeek = new LinkedHashMap<>();
        Map<String, Integer> behind = new LinkedHashMap<>();
        for (ClassCompliance k : c.classes()) {
            for (Check check : k.checks()) {
                boolean ownDate = check.practiceDue() != null;
                String what = k.classCode() + ": " + check.what() + " (frist " + DanishDates.day(check.plannedBy())
                        + (check.promised() && !ownDate ? ", princippet" : ", skolens praksis") + ")";
                if (check.status() == Status.NOT_YET_DUE && !check.plannedBy().isAfter(horizon)) {
                    dueSoon.merge(what, 1, Integer::sum);
                } else if (check.status() == Status.BEHIND) {
                    behind.merge(what, 1, Integer::sum);
                } else if (check.status() == Status.MISSED && check.due().isAfter(today.minusDays(8))) {
                    missedLastWeek.merge(what, 1, Integer::sum);
                }
            }
        }
        behind.forEach((what, n) -> lines.add("Over skolens egen frist og ikke gjort: " + what + count(n)));
        dueSoon.forEach((what, n) -> lines.add("Snart forfalden og ikke gjort: " + what + count(n)));
        missedLastWeek.forEach((what, n) -> lines.add("Ikke holdt i den forløbne uge: " + what + count(n)));
        int late = overdue.at(schoolId, clock.instant()).size();
        if (late > 0) {
            lines.add("Opgaver over fristen hos personalet: " + late);
        }
        modules.forEach(m -> lines.addAll(m.weekForLeadership(schoolId, today)));
        if (lines.isEmpty()) {
            lines.add("Intet er forsinket, og intet forfalder de næste skoledage.");
        }
        return lines;
    }

    private static String count(int n) {
        return n > 1 ? " – " + n + " elever" : "";
    }
}
