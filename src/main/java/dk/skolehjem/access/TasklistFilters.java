package dk.skolehjem.access;

import dk.skolehjem.engine.LateTaskFilter;
import dk.skolehjem.engine.ProcessModule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters, made once and found again by name: "Klassens opgaver" (first, so Tasklist opens on the
 * team's open work and shows its count), "Mine opgaver" and "Forfaldne" for staff, "Mit barn" for guardians, and for leadership each process's late tasks its module names (e.g. "Forsinkede
 * ugeplaner"). Who may see which filter is granted per school by {@link SchoolAccessGrants}.
 */
@Component
@Order(10)
public class TasklistFilters implements ApplicationRunner {

    public static final String MINE = "Mine opgaver";
    public static final String CLASS = "Klassens opgaver";
    public static final String OVERDUE = "Forfaldne";
    public static final String MY_CHILD = "Mit barn";

    private final FilterService filters;
    private final TaskService tasks;
    /** The processes, each with the filters of its late tasks that leadership watches (R17). */
    private final List<ProcessModule> modules;

    TasklistFilters(FilterService filters, TaskService tasks, List<ProcessModule> modules) {
        this.filters = filters;
        this.tasks = tasks;
        this.modules = modules;
    }

    /** The names of leadership's filters of late tasks, as the processes' modules declare them. */
    public List<String> lateTaskFilters() {
        return modules.stream()
                .flatMap(m -> m.lateTaskFilters().stream())
                .map(LateTaskFilter::name)
                .toList();
    }

    /** At start-up, before any import can race for them. */
    @Override
    public void run(ApplicationArguments args) {
        ensure();
    }

    /** Creates the filters that do not exist yet; returns filter id by name. Runs without an authenticated user. */
    public Map<String, String> ensure() {
        Map<String, String> ids = new LinkedHashMap<>();
        // a team's tasks go to its group and nobody has them until one takes one: a new teacher's "Mine opgaver" is
        // empty while the work waits here, so Tasklist opens here (the lowest priority comes first and is chosen)
        ids.put(
                CLASS,
                ensure(
                        CLASS,
                        -10,
                        "#2e7d32",
                        "Alle åbne opgaver til dine klasseteams og grupper, også dem en kollega har overtaget",
                        tasks.createTaskQuery()
                                .taskCandidateGroupInExpression("${currentUserGroups()}")
                                .includeAssignedTasks()));
        ids.put(
                MINE,
                ensure(
                        MINE,
                        -5,
                        "#1f6f8b",
                        "Opgaver, du selv har overtaget eller fået tildelt",
                        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
        ids.put(
                OVERDUE,
                ensure(
                        OVERDUE,
                        0,
                        "#b71c1c",
                        "Opgaver til dig eller dine grupper, hvis frist er overskredet",
                        tasks.createTaskQuery()
                                .taskCandidateGroupInExpression("${currentUserGroups()}")
                                .includeAssignedTasks()
                                .dueBeforeExpression("${now()}")));
        ids.put(
                MY_CHILD,
                ensure(
                        MY_CHILD,
                        -10,
                        "#6a1b9a",
                        "Opgaver om dit barn: skemaer, bookinger og svar til skolen",
                        tasks.createTaskQuery()
                                .or()
                                .taskAssigneeExpression("${currentUser()}")
                                .taskCandidateUserExpression("${currentUser()}")
                                .endOr()));
        for (ProcessModule module : modules) {
            for (LateTaskFilter late : module.lateTaskFilters()) {
                ids.put(
                        late.name(),
                        ensure(
                                late.name(),
                                5,
                                "#e65100",
                                late.description(),
                                tasks.createTaskQuery()
                                        .taskDefinitionKey(late.taskDefinitionKey())
                                        .dueBeforeExpression("${now()}")));
            }
        }
        return ids;
    }

    private String ensure(String name, int priority, String color, String description, TaskQuery query) {
        // list, not singleResult: two instances of a cluster starting at once may both have made it; the first counts
        var existing = filters.createFilterQuery()
                .filterName(name)
                .orderByFilterId()
                .asc()
                .list();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("description", description);
        properties.put("priority", priority);
        properties.put("color", color);
        // the list and its count follow new tasks without a reload
        properties.put("refresh", true);
        // the task's name already says the child and class; an empty "Elev" on a class's task would only be noise
        properties.put("showUndefinedVariable", false);
        properties.put(
                "variables",
                List.of(
                        Map.of("name", "classCode", "label", "Klasse"),
                        Map.of("name", "studentName", "label", "Elev")));
        if (!existing.isEmpty()) {
            // keep the id (grants point at it) but bring query and order up to date after an upgrade changed them
            Filter current = existing.get(0);
            filters.saveFilter(current.setQuery(query).setProperties(properties));
            return current.getId();
        }
        Filter filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
        filters.saveFilter(filter);
        return filter.getId();
    }
}
