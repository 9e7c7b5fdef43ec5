package dk.skolehjem.compliance;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.calendar.SchoolCalendar;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.engine.EvidenceReader;
import dk.skolehjem.engine.Occurrence;
import dk.skolehjem.engine.Occurrence.What;
import dk.skolehjem.messagebook.MessageBookService;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.policy.Promised;
import dk.skolehjem.policy.SchoolPolicy;
import dk.skolehjem.roster.RosterRepository;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Whether a school keeps its principle, class by class and student by student: each thing the policy says will
 * happen, due when (the board's date where it promises one, else the year's end, with the school's practice as a
 * note), done when (from the processes' own evidence and the message book), and how it stands. One read of the
 * history, the roster and the message book per school, so forty classes are one page.
 */
@Service
public class Compliance {

    private final EvidenceReader evidence;
    private final RosterRepository roster;
    private final PolicyRegistry policies;
    private final MessageBookService messageBook;

    Compliance(
            EvidenceReader evidence, RosterRepository roster, PolicyRegistry policies, MessageBookService messageBook) {
        this.evidence = evidence;
        this.roster = roster;
        this.policies = policies;
        this.messageBook = messageBook;
    }

    /** The school's classes against its policy for {@code year}, as of {@code today}; empty for an unknown school. */
    public Optional<SchoolCompliance> school(String schoolId, SchoolYear year, LocalDate today) {
        return roster.school(schoolId).map(s -> {
            SchoolPolicy policy = policies.orDefault(s.policyId());
            return compute(s.id(), s.name(), policy, year, today);
        });
    }

    /**
     * The school's classes against a given policy: a year keeps the policy it was rolled out with, and a test or a
     * "what if" may measure against another.
     */
    public SchoolCompliance against(
            String schoolId, String schoolName, SchoolPolicy policy, SchoolYear year, LocalDate today) {
        return compute(schoolId, schoolName, policy, year, today);
    }

    SchoolCompliance compute(
            String schoolId, String schoolName, SchoolPolicy policy, SchoolYear year, LocalDate today) {
        Map<String, List<Occurrence>> byKey =
                evidence.occurrences(schoolId, year).stream().collect(Collectors.groupingBy(Occurrence::businessKey));
        Map<String, List<RosterRepository.StudentRow>> students = roster.studentsOfSchool(schoolId).stream()
                .collect(Collectors.groupingBy(RosterRepository.StudentRow::classCode));
        Map<String, List<LocalDate>> informed =
                policy.informedPerYear() > 0 ? messageBook.informedDays(schoolId, year) : Map.of();
        List<ClassCompliance> classes = new ArrayList<>();
        for (RosterRepository.ClassRow c : roster.activeClasses(schoolId)) {
            String classKey = year + ":" + schoolId + ":" + c.code();
            var ctx = new ClassContext(
                    policy, year, today, classKey, byKey, students.getOrDefault(c.code(), List.of()), informed);
            classes.add(new ClassCompliance(c.code(), ctx.checks()));
        }
        return new SchoolCompliance(schoolId, schoolName, policy, year, today, classes);
    }

    /** One class's occurrences and students, and the rules that turn them into checks. */
    record ClassContext(
            SchoolPolicy policy,
            SchoolYear year,
            LocalDate today,
            String classKey,
            Map<String, List<Occurrence>> byKey,
            List<RosterRepository.StudentRow> students,
            Map<String, List<LocalDate>> informed) {

        List<Check> checks() {
            List<Check> checks = new ArrayList<>();
            parentMeetings(checks);
            conferences(checks);
            needsTalks(checks);
            learningConversations(checks);
            weeklyPlans(checks);
            informing(checks);
            return checks;
        }

        private void parentMeetings(List<Check> checks) {
            SchoolPolicy.ParentMeeting m = policy.parentMeeting();
            if (!m.enabled()) {
                return;
            }
            List<Occurrence> held = of(classKey, What.PARENT_MEETING_HELD);
            List<Occurrence> asked = of(classKey, What.COUNCIL_ASKED);
            List<Occurrence> agreed = of(classKey, What.MEETING_AGREED_WITH_COUNCIL);
            List<Occurrence> invited = of(classKey, What.INVITATION_SENT);
            List<java.time.MonthDay> dates = m.dueDates();
            for (int i = 0; i < dates.size(); i++) {
                String name = dates.size() == 1 ? "Forældremøde" : (i + 1) + ". forældremøde";
                LocalDate practice = year.date(dates.get(i));
                var datePromise = i == 0
                        ? policy.promise(Promised.PARENT_MEETING_HELD_BY)
                        : Optional.<SchoolPolicy.Promise>empty();
                var promise = datePromise
                        .or(() -> policy.promise(Promised.PARENT_MEETING_PER_YEAR))
                        .or(() -> policy.promise(Promised.PARENT_MEETING));
                Occurrence meeting = nth(held, i);
                checks.add(check(
                        datePromise.isPresent() ? Promised.PARENT_MEETING_HELD_BY : Promised.PARENT_MEETING_PER_YEAR,
                        promise.orElse(null),
                        name + " holdt",
                        null,
                        datePromise.isPresent() ? practice : year.end(),
                        practice,
                        meeting,
                        "Mødet begyndte",
                        datePromise.isPresent() ? null : "Skolens praksis: senest " + DanishDates.day(practice)));
                // the steps before a meeting are due by the meeting; a meeting on a practice date may still come
                LocalDate meetingDue = meeting != null ? day(meeting) : datePromise.isPresent() ? practice : year.end();
                if (i == 0) {
                    checks.add(check(
                            Promised.YEAR_PLAN,
                            policy.promise(Promised.YEAR_PLAN).orElse(null),
                            "Klassens årsplan klar til " + name.toLowerCase(java.util.Locale.ROOT),
                            null,
                            meetingDue,
                            first(of(classKey, What.YEAR_PLAN_DONE)),
                            "Årsplanen udfyldt",
                            null));
                }
                if (m.councilAgendaRequest()) {
                    checks.add(check(
                            Promised.COUNCIL_AGENDA_REQUEST,
                            policy.promise(Promised.COUNCIL_AGENDA_REQUEST).orElse(null),
                            "Klasseforældrerådet spurgt om dagsordenen (" + name.toLowerCase(java.util.Locale.ROOT)
                                    + ")",
                            null,
                            meetingDue,
                            nth(asked, i),
                            "Rådet bedt om ønsker",
                            null));
                }
                if (m.agreeDateWithContactParents()) {
                    checks.add(check(
                            Promised.DATE_WITH_CONTACT_PARENTS,
                            policy.promise(Promised.DATE_WITH_CONTACT_PARENTS).orElse(null),
                            "Dato og tid aftalt med kontaktforældrene (" + name.toLowerCase(java.util.Locale.ROOT)
                                    + ")",
                            null,
                            meetingDue,
                            nth(agreed, i),
                            "Rådet svarede på planen",
                            null));
                }
                if (!m.communicationAgreements().isEmpty() || !m.themes().isEmpty()) {
                    var fixed = policy.promise(Promised.COMMUNICATION_AGREEMENTS)
                            .or(() -> policy.promise(Promised.MEETING_THEMES));
                    checks.add(check(
                            fixed.isPresent()
                                            && policy.promise(Promised.COMMUNICATION_AGREEMENTS)
                                                    .isEmpty()
                                    ? Promised.MEETING_THEMES
                                    : Promised.COMMUNICATION_AGREEMENTS,
                            fixed.orElse(null),
                            "Faste punkter på dagsordenen (" + name.toLowerCase(java.util.Locale.ROOT) + ")",
                            null,
                            meetingDue,
                            nth(invited, i),
                            "Indkaldelsen med dagsorden sendt",
                            null));
                }
            }
        }

        private void conferences(List<Check> checks) {
            SchoolPolicy.Conference c = policy.conference();
            if (!c.enabled()) {
                return;
            }
            var windowPromise = policy.promise(Promised.CONFERENCE_WINDOW);
            var promise = windowPromise
                    .or(() -> policy.promise(Promised.CONFERENCE_PER_YEAR))
                    .or(() -> policy.promise(Promised.CONFERENCE));
            LocalDate windowEnd = year.date(c.window().to());
            int perYear = c.perYear() == null ? 1 : c.perYear();
            for (RosterRepository.StudentRow s : students) {
                List<Occurrence> held = of(classKey + ":" + s.id(), What.CONFERENCE_HELD);
                for (int i = 0; i < perYear; i++) {
                    checks.add(check(
                            windowPromise.isPresent() ? Promised.CONFERENCE_WINDOW : Promised.CONFERENCE_PER_YEAR,
                            promise.orElse(null),
                            perYear == 1 ? "Skole-hjem-samtale holdt" : (i + 1) + ". skole-hjem-samtale holdt",
                            s,
                            windowPromise.isPresent() ? windowEnd : year.end(),
                            windowEnd,
                            nth(held, i),
                            "Samtalen holdt",
                            windowPromise.isPresent()
                                    ? null
                                    : "Skolens praksis: mellem "
                                            + DanishDates.day(
                                                    year.date(c.window().from())) + " og "
                                            + DanishDates.day(windowEnd)));
                }
            }
        }

        private void needsTalks(List<Check> checks) {
            if (!policy.needsTalk().enabled()) {
                return;
            }
            LocalDate offerOn = year.date(policy.needsTalk().offerOn());
            for (RosterRepository.StudentRow s : students) {
                checks.add(check(
                        Promised.NEEDS_TALK,
                        policy.promise(Promised.NEEDS_TALK).orElse(null),
                        "Behovssamtale tilbudt",
                        s,
                        offerOn.plus(policy.needsTalk().answerWithin()),
                        first(of(classKey + ":" + s.id(), What.NEEDS_TALK_OFFERED)),
                        "Familien blev spurgt",
                        null));
            }
        }

        private void learningConversations(List<Check> checks) {
            SchoolPolicy.LearningConversation l = policy.learningConversation();
            if (!l.enabled()) {
                return;
            }
            var windowPromise = policy.promise(Promised.LEARNING_WINDOW);
            for (RosterRepository.StudentRow s : students) {
                checks.add(check(
                        windowPromise.isPresent() ? Promised.LEARNING_WINDOW : Promised.LEARNING_CONVERSATION,
                        windowPromise
                                .or(() -> policy.promise(Promised.LEARNING_CONVERSATION))
                                .orElse(null),
                        "Læringssamtale holdt",
                        s,
                        windowPromise.isPresent() ? year.date(l.window().to()) : year.end(),
                        year.date(l.window().to()),
                        first(of(classKey + ":" + s.id(), What.LEARNING_CONVERSATION_HELD)),
                        "Samtalen holdt",
                        windowPromise.isPresent()
                                ? null
                                : "Skolens praksis: senest "
                                        + DanishDates.day(year.date(l.window().to()))));
            }
        }

        private void weeklyPlans(List<Check> checks) {
            SchoolPolicy.WeeklyPlan w = policy.weeklyPlan();
            if (!w.enabled()) {
                return;
            }
            Map<String, Occurrence> byWeek = new HashMap<>();
            of(classKey, What.WEEKLY_PLAN_PUBLISHED).forEach(o -> byWeek.put(o.ref(), o));
            var promise = policy.promise(Promised.WEEKLY_PLAN_DUE).or(() -> policy.promise(Promised.WEEKLY_PLAN));
            SchoolCalendar calendar = policy.calendar(year);
            Occurrence started = first(of(classKey, What.YEAR_STARTED));
            LocalDate firstDay = started == null ? year.start() : day(started);
            while (!calendar.isSchoolDay(firstDay) && firstDay.isBefore(year.end())) {
                firstDay = firstDay.plusDays(1);
            }
            // the first week's plan was due before the class's year began: plans are owed from the week after
            for (LocalDate monday = firstDay.with(TemporalAdjusters.next(java.time.DayOfWeek.MONDAY));
                    monday.isBefore(year.end());
                    monday = monday.plusWeeks(1)) {
                LocalDate start = monday;
                if (start.datesUntil(start.plusDays(5)).noneMatch(calendar::isSchoolDay)) {
                    continue;
                }
                LocalDateTime due = start.minusWeeks(1)
                        .with(TemporalAdjusters.nextOrSame(w.dueDay()))
                        .atTime(w.dueTime());
                Occurrence published = byWeek.get(start.toString());
                Status status;
                if (published != null) {
                    status = LocalDateTime.ofInstant(published.at(), DanishDates.ZONE)
                                    .isAfter(due)
                            ? Status.LATE
                            : Status.KEPT;
                } else {
                    status = today.isAfter(due.toLocalDate()) ? Status.MISSED : Status.NOT_YET_DUE;
                }
                checks.add(new Check(
                        Promised.WEEKLY_PLAN_DUE,
                        promise.orElse(null),
                        "Ugeplan for uge " + start.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                        null,
                        null,
                        due.toLocalDate(),
                        null,
                        published == null ? null : day(published),
                        published == null ? null : published.by(),
                        status,
                        published == null ? null : "Ugeplanen udgivet",
                        null));
            }
        }

        private void informing(List<Check> checks) {
            int n = policy.informedPerYear();
            if (n == 0) {
                return;
            }
            for (RosterRepository.StudentRow s : students) {
                List<LocalDate> days = informed.getOrDefault(s.id(), List.of());
                LocalDate done = days.size() >= n ? days.get(n - 1) : null;
                checks.add(new Check(
                        Promised.INFORMED_PER_YEAR,
                        policy.promise(Promised.INFORMED_PER_YEAR).orElse(null),
                        "Forældrene orienteret om udbyttet " + n + " gange",
                        s.id(),
                        s.name(),
                        year.end(),
                        null,
                        done,
                        null,
                        Check.status(year.end(), done, today),
                        "Orienteret " + days.size() + " gang(e) i meddelelsesbogen",
                        null));
            }
        }

        private Check check(
                Promised setting,
                SchoolPolicy.Promise promise,
                String what,
                RosterRepository.StudentRow student,
                LocalDate due,
                Occurrence done,
                String evidence,
                String note) {
            return check(setting, promise, what, student, due, null, done, evidence, note);
        }

        private Check check(
                Promised setting,
                SchoolPolicy.Promise promise,
                String what,
                RosterRepository.StudentRow student,
                LocalDate due,
                LocalDate practiceDue,
                Occurrence done,
                String evidence,
                String note) {
            LocalDate doneOn = done == null ? null : day(done);
            LocalDate practice = practiceDue != null && practiceDue.isBefore(due) ? practiceDue : null;
            return new Check(
                    setting,
                    promise,
                    what,
                    student == null ? null : student.id(),
                    student == null ? null : student.name(),
                    due,
                    practice,
                    doneOn,
                    done == null ? null : done.by(),
                    Check.status(due, practice, doneOn, today),
                    done == null ? null : evidence + " " + DanishDates.day(doneOn),
                    note);
        }

        private List<Occurrence> of(String key, What what) {
            return byKey.getOrDefault(key, List.of()).stream()
                    .filter(o -> o.what() == what)
                    .toList();
        }

        private static Occurrence nth(List<Occurrence> list, int i) {
            return list.size() > i ? list.get(i) : null;
        }

        private static Occurrence first(List<Occurrence> list) {
            return nth(list, 0);
        }

        private static LocalDate day(Occurrence o) {
            return LocalDate.ofInstant(o.at(), DanishDates.ZONE);
        }
    }
}
