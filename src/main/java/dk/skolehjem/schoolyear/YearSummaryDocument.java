package dk.skolehjem.schoolyear;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.engine.OutcomeCount;
import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.messagebook.Completeness;
import dk.skolehjem.messagebook.MessageBookService;
import dk.skolehjem.minutes.DocumentKind;
import dk.skolehjem.minutes.MeetingDocument;
import dk.skolehjem.minutes.MinutesService;
import dk.skolehjem.minutes.StoredDocument;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.RosterRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The year-end summary (R17), written on the year's last day whatever is still open: which meetings were held when
 * (from the year's stored documents), the principle point by point (kept, late, missed, in the board's words), per
 * student whether the parents were told about the outcome as the principle
 * promises (R10) and which message book areas still lack goals, and which steps were never finished.
 */
@Component("yearSummaryDocument")
class YearSummaryDocument implements ExecutionListener {

    private final MinutesService minutes;
    private final MessageBookService messageBook;
    private final dk.skolehjem.policy.PolicyRegistry policies;
    private final org.camunda.bpm.engine.RuntimeService runtime;
    private final org.camunda.bpm.engine.TaskService tasks;
    private final RosterRepository roster;
    private final ObjectMapper json;
    private final org.camunda.bpm.engine.HistoryService history;
    /** The processes whose finished instances the summary counts (R8), each saying how its instances end. */
    private final List<ProcessModule> counted;

    private final dk.skolehjem.compliance.Compliance compliance;

    YearSummaryDocument(
            MinutesService minutes,
            MessageBookService messageBook,
            RosterRepository roster,
            ObjectMapper json,
            org.camunda.bpm.engine.HistoryService history,
            List<ProcessModule> modules,
            dk.skolehjem.policy.PolicyRegistry policies,
            org.camunda.bpm.engine.RuntimeService runtime,
            org.camunda.bpm.engine.TaskService tasks,
            dk.skolehjem.compliance.Compliance compliance) {
        this.compliance = compliance;
        this.policies = policies;
        this.runtime = runtime;
        this.tasks = tasks;
        this.minutes = minutes;
        this.messageBook = messageBook;
        this.roster = roster;
        this.json = json;
        this.history = history;
        this.counted = modules.stream().filter(m -> m.outcomes().isPresent()).toList();
    }

    @Override
    public void notify(DelegateExecution execution) throws JsonProcessingException {
        ClassYearKey key = ClassYearKey.parse(execution.getProcessBusinessKey());
        StringBuilder held = new StringBuilder();
        minutes.forClass(key.schoolId(), key.classCode()).stream()
                .filter(d -> key.year().toString().equals(d.schoolYear())
                        && d.replacesId() == null
                        && d.kind() != DocumentKind.YEAR_SUMMARY)
                .sorted(Comparator.comparing(StoredDocument::createdAt))
                .forEach(d -> held.append(DanishDates.day(LocalDate.ofInstant(d.createdAt(), DanishDates.ZONE)))
                        .append(": ")
                        .append(d.title())
                        .append('\n'));
        List<MeetingDocument.AgendaItem> items = new ArrayList<>();
        items.add(new MeetingDocument.AgendaItem(
                "Møder og samtaler i året",
                held.length() == 0
                        ? "Ingen dokumenter i skoleåret."
                        : held.toString().trim()));
        items.add(new MeetingDocument.AgendaItem("Princippet punkt for punkt", principle(key)));
        int informedTwice = 0;
        String informedPromise = null;
        StringBuilder perStudent = new StringBuilder();
        var students = roster.studentsOfClass(key.schoolId(), key.classCode());
        for (RosterRepository.StudentRow s : students) {
            Completeness c = messageBook.completeness(
                    key.schoolId(), s.id(), key.year(), policies.orDefault(execution.getVariable("policyId")));
            informedPromise = c.informedPromise();
            if (c.informedAsPromised()) {
                informedTwice++;
            }
            perStudent
                    .append(s.name())
                    .append(": orienteret ")
                    .append(c.timesParentsInformed())
                    .append(" gang(e)")
                    .append(
                            c.missingAreas().isEmpty()
                                    ? ""
                                    : "; mangler mål i " + String.join(", ", c.missingAreaNames()))
                    .append('\n');
        }
        if (informedPromise != null) {
            items.add(new MeetingDocument.AgendaItem(
                    "Forældrene orienteret om udbyttet, som princippet lover (\"" + informedPromise + "\")",
                    informedTwice + " af " + students.size() + " elever"));
        }
        for (ProcessModule module : counted) {
            OutcomeCount count = module.outcomes().orElseThrow();
            items.add(new MeetingDocument.AgendaItem(count.title(), outcomes(key, students, module.key(), count)));
        }
        items.add(new MeetingDocument.AgendaItem(
                "Elev for elev", perStudent.toString().trim()));
        items.add(new MeetingDocument.AgendaItem(
                "Ikke afsluttet ved skoleårets slutning", unfinished(execution.getProcessInstanceId())));
        MeetingDocument summary = MeetingDocument.of(DocumentKind.YEAR_SUMMARY, "Skoleåret " + key.year())
                .school((String) execution.getVariable("schoolName"))
                .classCode(key.classCode())
                .date(EngineDates.today())
                .agenda(items)
                .build();
        execution.setVariable(
                "meetingDocument", dk.skolehjem.minutes.DocumentVariable.of(json.writeValueAsString(summary)));
    }

    /**
     * Each thing the school's policy says will happen, against what did: on the year's last day what is not done is
     * missed, so the summary reads the year as of the day after.
     */
    private String principle(ClassYearKey key) {
        LocalDate today = EngineDates.today();
        LocalDate asOf =
                today.isBefore(key.year().end()) ? today : key.year().end().plusDays(1);
        return compliance
                .school(key.schoolId(), key.year(), asOf)
                .flatMap(s -> s.classOf(key.classCode()))
                .map(c -> c.principleLines().isEmpty()
                        ? "Skolens politik lover intet, der kan måles for klassen."
                        : String.join("\n", c.principleLines()))
                .orElse("Klassen findes ikke længere på skolen.");
    }

    /**
     * The work still open in the class's year and everything it started (a conference, a talk) on the year's last
     * day: each step by its name (which names the child or class) and since when; the year then ends them.
     */
    private String unfinished(String yearInstanceId) {
        List<String> instances = new ArrayList<>();
        List<String> next = List.of(yearInstanceId);
        while (!next.isEmpty()) {
            instances.addAll(next);
            List<String> children = new ArrayList<>();
            for (String parent : next) {
                runtime.createProcessInstanceQuery()
                        .superProcessInstanceId(parent)
                        .list()
                        .forEach(c -> children.add(c.getId()));
            }
            next = children;
        }
        List<org.camunda.bpm.engine.task.Task> open = tasks.createTaskQuery()
                .processInstanceIdIn(instances.toArray(String[]::new))
                .orderByTaskCreateTime()
                .asc()
                .list();
        if (open.isEmpty()) {
            return "Intet: alt, klassens skoleår satte i gang, blev gjort færdigt.";
        }
        StringBuilder text = new StringBuilder();
        for (var t : open) {
            text.append(t.getName())
                    .append(": åben siden ")
                    .append(DanishDates.day(
                            LocalDate.ofInstant(t.getCreateTime().toInstant(), DanishDates.ZONE)))
                    .append(
                            t.getDueDate() == null
                                    ? ""
                                    : ", frist "
                                            + DanishDates.day(LocalDate.ofInstant(
                                                    t.getDueDate().toInstant(), DanishDates.ZONE)))
                    .append('\n');
        }
        return text.toString().trim();
    }

    /**
     * R8: what became of the year's offers (the needs-based talks). One offered that nobody wanted leaves no minutes,
     * only where it ended in the history ("Tilbudt, ikke ønsket"), so it is counted from there; the process's module
     * says which end means what.
     */
    private String outcomes(
            ClassYearKey key, List<RosterRepository.StudentRow> students, String process, OutcomeCount count) {
        var talks = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(process)
                .processInstanceBusinessKeyLike(key + ":%")
                .list();
        if (talks.isEmpty()) {
            return count.noneText();
        }
        var names = new java.util.HashMap<String, String>();
        students.forEach(s -> names.put(s.id(), s.name()));
        int held = 0;
        int open = 0;
        List<String> declined = new ArrayList<>();
        for (var talk : talks) {
            if (talk.getEndTime() == null) {
                open++;
            } else if (count.of(talk.getEndActivityId()) == OutcomeCount.Outcome.HELD) {
                held++;
            } else if (count.of(talk.getEndActivityId()) == OutcomeCount.Outcome.DECLINED) {
                String student = ClassYearKey.parse(talk.getBusinessKey()).studentId();
                declined.add(names.getOrDefault(student, student));
            }
        }
        java.util.Collections.sort(declined);
        return "Holdt: " + held + "\n" + count.declinedText() + ": " + declined.size()
                + (declined.isEmpty() ? "" : " (" + String.join(", ", declined) + ")")
                + (open == 0 ? "" : "\nStadig i gang: " + open);
    }
}
