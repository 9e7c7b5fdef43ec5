package dk.skolehjem.messagebook;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.policy.Promised;
import dk.skolehjem.policy.SchoolPolicy;
import dk.skolehjem.roster.RosterRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way into the message book, for the processes (conference, learning conversation, ...) and for the class
 * team by hand: checks an entry against the student's grade and the principle's wording rules, stores it, and tells
 * how complete a school year is. Also renders the year as one PDF for the guardians.
 */
@Service
public class MessageBookService {

    static final int MAX_TEXT = 4000;
    static final int MAX_GOAL = 2000;

    private final MessageBookRepository repository;
    private final RosterRepository roster;
    private final Clock clock;
    private final PolicyRegistry policies;

    MessageBookService(
            MessageBookRepository repository, RosterRepository roster, Clock clock, PolicyRegistry policies) {
        this.policies = policies;
        this.repository = repository;
        this.roster = roster;
        this.clock = clock;
    }

    @Transactional
    public MessageBookEntry write(
            String schoolId, String studentId, NewEntry entry, String writtenBy, String processInstanceId) {
        RosterRepository.StudentRow student = roster.student(schoolId, studentId)
                .filter(RosterRepository.StudentRow::active)
                .orElseThrow(
                        () -> new EntryRejected(List.of(new EntryRejected.Problem("student", "eleven findes ikke"))));
        List<EntryRejected.Problem> problems = problems(entry, student.grade(), LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new EntryRejected(problems);
        }
        var stored = new MessageBookEntry(
                UUID.randomUUID().toString(),
                schoolId,
                studentId,
                SchoolYear.of(entry.date()).toString(),
                entry.date(),
                entry.source(),
                trim(entry.strengths()),
                entry.goals().stream()
                        .map(g -> new MessageBookEntry.Goal(g.area(), g.goal().trim()))
                        .toList(),
                entry.agreements().stream()
                        .map(a -> new MessageBookEntry.Agreement(
                                a.who().trim(), a.what().trim(), a.byWhen()))
                        .toList(),
                trim(entry.evaluation()),
                trim(entry.nextFocus()),
                trim(entry.attendance()),
                entry.parentsInformed(),
                entry.parentsInformedOn(),
                processInstanceId,
                writtenBy,
                clock.instant());
        repository.insert(stored);
        return stored;
    }

    public List<MessageBookEntry> entries(String schoolId, String studentId, SchoolYear year) {
        return repository.entries(schoolId, studentId, year.toString());
    }

    /** Required areas without a goal this year, and how often the parents were informed. */
    public Completeness completeness(String schoolId, String studentId, SchoolYear year) {
        return completeness(
                schoolId,
                studentId,
                year,
                policies.orDefault(roster.school(schoolId)
                        .map(RosterRepository.SchoolRow::policyId)
                        .orElse(null)));
    }

    /** As above, measured against the given policy (a running year keeps the policy it was started with). */
    public Completeness completeness(String schoolId, String studentId, SchoolYear year, SchoolPolicy policy) {
        int grade = roster.student(schoolId, studentId)
                .map(RosterRepository.StudentRow::grade)
                .orElseThrow(() -> new IllegalArgumentException("Eleven findes ikke"));
        List<MessageBookEntry> entries = entries(schoolId, studentId, year);
        Set<SubjectArea> missing = EnumSet.copyOf(SubjectArea.requiredFor(grade));
        entries.forEach(e -> e.goals().forEach(g -> missing.remove(g.area())));
        // one conversation written down twice (by the process and by hand) is still one time the parents were told
        int informed = (int) entries.stream()
                .filter(MessageBookEntry::parentsInformed)
                .map(MessageBookEntry::parentsInformedOn)
                .distinct()
                .count();
        return new Completeness(
                year.toString(),
                grade,
                List.copyOf(missing),
                informed,
                policy.informedPerYear(),
                policy.promise(Promised.INFORMED_PER_YEAR)
                        .map(SchoolPolicy.Promise::quote)
                        .orElse(null));
    }

    /**
     * Per student of the school, the days this year the parents were told about the outcome (one read for the whole
     * school, for compliance).
     */
    public java.util.Map<String, List<LocalDate>> informedDays(String schoolId, SchoolYear year) {
        return repository.informedDays(schoolId, year.toString());
    }

    /** Who read a student's message book, when (L10: access on need, and it can be checked). */
    public void logRead(String schoolId, String studentId, String userId, String what) {
        repository.logRead(schoolId, studentId, userId, what);
    }

    /** The school year's message book as one PDF/A document. */
    public byte[] yearPdf(String schoolId, String studentId, SchoolYear year) {
        RosterRepository.StudentRow student = roster.student(schoolId, studentId)
                .orElseThrow(() -> new IllegalArgumentException("Eleven findes ikke"));
        String school =
                roster.school(schoolId).map(RosterRepository.SchoolRow::name).orElse(schoolId);
        return MessageBookRenderer.render(
                school,
                student.name(),
                student.classCode(),
                year,
                entries(schoolId, studentId, year),
                completeness(schoolId, studentId, year),
                clock.instant());
    }

    /**
     * Every problem with an entry, by field. Entries belong to the current school year (the grade rules are this
     * year's) and nothing is dated in the future.
     */
    static List<EntryRejected.Problem> problems(NewEntry e, int grade, LocalDate today) {
        List<EntryRejected.Problem> problems = new ArrayList<>();
        if (e.date() == null) {
            problems.add(new EntryRejected.Problem("date", "datoen mangler"));
        } else if (e.date().isAfter(today)) {
            problems.add(new EntryRejected.Problem("date", "datoen ligger i fremtiden"));
        } else if (!SchoolYear.of(today).contains(e.date())) {
            problems.add(new EntryRejected.Problem(
                    "date", "datoen skal ligge i dette skoleår (" + SchoolYear.of(today) + ")"));
        }
        if (e.source() == null) {
            problems.add(new EntryRejected.Problem("source", "kilden mangler (fx skole-hjem-samtale)"));
        }
        text(problems, "strengths", e.strengths(), MAX_TEXT);
        text(problems, "evaluation", e.evaluation(), MAX_TEXT);
        boolean hasContent = present(e.strengths())
                || !e.goals().isEmpty()
                || !e.agreements().isEmpty()
                || present(e.evaluation());
        if (!hasContent) {
            problems.add(new EntryRejected.Problem(
                    "entry", "indførslen er tom; skriv styrker, mål, aftaler eller evaluering"));
        }
        for (int i = 0; i < e.goals().size(); i++) {
            MessageBookEntry.Goal g = e.goals().get(i);
            String at = "goals[" + i + "]";
            if (g == null || g.area() == null) {
                problems.add(new EntryRejected.Problem(at + ".area", "området mangler"));
            } else if (!g.area().belongsTo(grade)) {
                problems.add(new EntryRejected.Problem(
                        at + ".area",
                        "'" + g.area().danish() + "' hører ikke til "
                                + (grade == 0 ? "0. klasse" : grade + ". klasse")));
            }
            if (g == null || !present(g.goal())) {
                problems.add(new EntryRejected.Problem(at + ".goal", "målet mangler"));
            } else {
                text(problems, at + ".goal", g.goal(), MAX_GOAL);
            }
        }
        for (int i = 0; i < e.agreements().size(); i++) {
            MessageBookEntry.Agreement a = e.agreements().get(i);
            String at = "agreements[" + i + "]";
            if (a == null || !present(a.who())) {
                problems.add(new EntryRejected.Problem(at + ".who", "hvem mangler"));
            } else {
                text(problems, at + ".who", a.who(), 200);
            }
            if (a == null || !present(a.what())) {
                problems.add(new EntryRejected.Problem(at + ".what", "hvad mangler"));
            } else {
                text(problems, at + ".what", a.what(), MAX_GOAL);
            }
        }
        if (e.parentsInformed() && e.parentsInformedOn() == null) {
            problems.add(new EntryRejected.Problem("parentsInformedOn", "datoen for orienteringen mangler"));
        }
        if (!e.parentsInformed() && e.parentsInformedOn() != null) {
            problems.add(new EntryRejected.Problem("parentsInformedOn", "dato uden at forældrene er orienteret"));
        }
        if (e.parentsInformedOn() != null && e.parentsInformedOn().isAfter(today)) {
            problems.add(new EntryRejected.Problem("parentsInformedOn", "orienteringen kan ikke ligge i fremtiden"));
        }
        if (e.date() != null
                && e.parentsInformedOn() != null
                && e.parentsInformedOn().isBefore(e.date().minusDays(60))) {
            problems.add(new EntryRejected.Problem(
                    "parentsInformedOn", "orienteringen ligger mere end 60 dage før indførslen"));
        }
        return problems;
    }

    private static void text(List<EntryRejected.Problem> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(
                    new EntryRejected.Problem(field, "må højst være " + max + " tegn (er " + value.length() + ")"));
        }
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String trim(String s) {
        return present(s) ? s.trim() : null;
    }
}
