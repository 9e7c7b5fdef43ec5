package dk.skolehjem.compliance;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.engine.OverdueWork;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/**
 * What the Cockpit plugin shows a school leader: the school's classes against its principle, and for one process
 * instance the class it belongs to. The same compliance as "Holder vi princippet?", shaped for the plugin's tables;
 * which schools is the person's own leadership, never the request's.
 */
@Service
class CockpitCompliance {

    /** One school's table: its classes, a column per part of the year, and how much staff work is late. */
    record SchoolTable(
            String school, String year, String asOf, List<String> columns, List<ClassRow> classes, int lateWork) {}

    /** One class: its page in the product, its school year's instance in Cockpit, and its cells. */
    record ClassRow(String classCode, String page, String instance, List<Cell> cells) {}

    /** How a class stands on one part of the year, in words and as a colour class. */
    record Cell(String column, String status, String css, String text, boolean promised) {}

    /** The class a process instance belongs to, with its checks; {@code message} when it belongs to none. */
    record InstanceView(String school, String classCode, String page, String message, List<Row> rows) {}

    /** One line of the tab: a class's check, or the students' checks of one kind counted together. */
    record Row(String what, String due, String done, String status, String css, String why) {}

    private final Compliance compliance;
    private final OverdueWork overdue;
    private final HistoryService history;
    private final Clock clock;

    CockpitCompliance(Compliance compliance, OverdueWork overdue, HistoryService history, Clock clock) {
        this.compliance = compliance;
        this.overdue = overdue;
        this.history = history;
        this.clock = clock;
    }

    /** Every school the person leads, this school year. */
    List<SchoolTable> schools(CurrentUser user) {
        LocalDate today = today();
        SchoolYear year = SchoolYear.of(today);
        List<SchoolTable> tables = new ArrayList<>();
        for (String schoolId : user.tenants().stream().sorted().toList()) {
            if (!user.leads(schoolId)) {
                continue;
            }
            compliance.school(schoolId, year, today).ifPresent(school -> tables.add(table(school)));
        }
        return tables;
    }

    private SchoolTable table(SchoolCompliance school) {
        List<Columns> columns = Columns.used(school);
        Map<String, String> instances = schoolYearInstances(school);
        List<ClassRow> rows = school.classes().stream()
                .map(c -> new ClassRow(
                        c.classCode(),
                        "/overblik/klasse/" + c.classCode(),
                        instances.get(ClassYearKey.of(school.year(), school.schoolId(), c.classCode())),
                        Columns.cells(c, columns).values().stream()
                                .map(cell -> new Cell(
                                        cell.column().danish(),
                                        cell.total() == 0
                                                ? "Intet skyldigt"
                                                : cell.status().danish(),
                                        cell.total() == 0
                                                ? "ingen"
                                                : cell.status().css(),
                                        cell.text(),
                                        cell.promised()))
                                .toList()))
                .toList();
        return new SchoolTable(
                school.schoolName(),
                school.year().toString(),
                DanishDates.day(school.asOf()),
                columns.stream().map(Columns::danish).toList(),
                rows,
                overdue.at(school.schoolId(), clock.instant()).size());
    }

    /** Each class's first top-level instance this year (its school year), one query for the whole school. */
    private Map<String, String> schoolYearInstances(SchoolCompliance school) {
        String[] keys = school.classes().stream()
                .map(c -> ClassYearKey.of(school.year(), school.schoolId(), c.classCode()))
                .toArray(String[]::new);
        Map<String, String> first = new LinkedHashMap<>();
        if (keys.length == 0) {
            return first;
        }
        history
                .createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyIn(keys)
                .rootProcessInstances()
                .tenantIdIn(school.schoolId())
                .list()
                .stream()
                .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime))
                .forEach(p -> first.putIfAbsent(p.getBusinessKey(), p.getId()));
        return first;
    }

    /**
     * The class of the instance {@code processInstanceId} (its own business key, else its top-level instance's), if
     * the person leads the school; empty when the person may not see the instance or it does not exist.
     */
    Optional<InstanceView> instance(CurrentUser user, String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId)
                .singleResult();
        if (instance == null || instance.getTenantId() == null || !user.leads(instance.getTenantId())) {
            return Optional.empty();
        }
        ClassYearKey key = classKey(instance);
        if (key == null || !key.schoolId().equals(instance.getTenantId())) {
            return Optional.of(
                    new InstanceView(null, null, null, "Denne proces hører ikke til én klasses skoleår.", List.of()));
        }
        LocalDate today = today();
        return compliance
                .school(key.schoolId(), key.year(), today)
                .flatMap(school -> school.classOf(key.classCode()).map(c -> view(school, c, key.studentId())))
                .or(() -> Optional.of(new InstanceView(
                        null, key.classCode(), null, "Klassen findes ikke længere på skolen.", List.of())));
    }

    private ClassYearKey classKey(HistoricProcessInstance instance) {
        String businessKey = instance.getBusinessKey();
        if (businessKey == null && instance.getRootProcessInstanceId() != null) {
            HistoricProcessInstance root = history.createHistoricProcessInstanceQuery()
                    .processInstanceId(instance.getRootProcessInstanceId())
                    .singleResult();
            businessKey = root == null ? null : root.getBusinessKey();
        }
        if (businessKey == null) {
            return null;
        }
        try {
            return ClassYearKey.parse(businessKey);
        } catch (IllegalArgumentException notAClass) {
            return null;
        }
    }

    private InstanceView view(SchoolCompliance school, ClassCompliance c, String studentId) {
        List<Row> rows = new ArrayList<>();
        Map<String, List<Check>> students = new LinkedHashMap<>();
        for (Check check : c.checks()) {
            if (check.studentId() == null) {
                rows.add(row(check));
            } else if (check.studentId().equals(studentId)) {
                rows.add(row(check));
            } else if (studentId == null) {
                students.computeIfAbsent(check.what(), w -> new ArrayList<>()).add(check);
            }
        }
        // the students' checks counted per kind: a class of 24 is a line, not 24
        students.forEach((what, checks) -> rows.add(counted(what, checks)));
        return new InstanceView(
                school.schoolName(),
                c.classCode(),
                "/overblik/klasse/" + c.classCode() + "?aar=" + school.year(),
                null,
                rows);
    }

    private static Row row(Check c) {
        return new Row(
                c.studentName() == null ? c.what() : c.what() + " – " + c.studentName(),
                DanishDates.day(c.plannedBy()),
                c.evidence() == null ? "–" : c.evidence(),
                c.status().danish(),
                c.status().css(),
                why(c));
    }

    private static Row counted(String what, List<Check> checks) {
        Check first = checks.get(0);
        Status worst = checks.stream()
                .map(Check::status)
                .max(Comparator.comparingInt(Columns::severity))
                .orElse(Status.NOT_YET_DUE);
        long done = checks.stream().filter(k -> k.done() != null).count();
        return new Row(
                what + " (" + checks.size() + " elever)",
                DanishDates.day(first.plannedBy()),
                done + " af " + checks.size(),
                ClassCompliance.counted(checks),
                worst.css(),
                why(first));
    }

    private static String why(Check c) {
        String why = ClassCompliance.why(c);
        return Character.toUpperCase(why.charAt(0)) + why.substring(1);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DanishDates.ZONE));
    }
}
