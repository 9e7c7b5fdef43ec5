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
 * The year-end summary (R17): which meetings were held when (from the year's stored documents) and, per student,
 * whether the parents were told about the outcome twice (R10) and which message book areas still lack goals.
 */
@Component("yearSummaryDocument")
class YearSummaryDocument implements ExecutionListener {

    private final MinutesService minutes;
    private final MessageBookService messageBook;
    private final dk.skolehjem.policy.PolicyRegistry policies;
    private final RosterRepository roster;
    private final ObjectMapper json;
    private final org.camunda.bpm.engine.HistoryService history;
    /** The processes whose finished instances the summary counts (R8), each saying how its instances end. */
    private final List<ProcessModule> counted;

    YearSummaryDocument(
            MinutesService minutes,
            MessageBookService messageBook,
            RosterRepository roster,
            ObjectMapper json,
            org.camunda.bpm.engine.HistoryService history,
            List<ProcessModule> modules,
            dk.skolehjem.policy.PolicyRegistry policies) {
        this.policies = policies;
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
        MeetingDocument summary = MeetingDocument.of(DocumentKind.YEAR_SUMMARY, "Skoleåret " + key.year())
                .school((String) execution.getVariable("schoolName"))
                .classCode(key.classCode())
                .date(EngineDates.today())
                .agenda(items)
                .build();
        execution.setVariable("meetingDocument", json.writeValueAsString(summary));
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
