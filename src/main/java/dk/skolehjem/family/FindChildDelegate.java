package dk.skolehjem.family;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.engine.StartDoor;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.RosterRepository;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * "Find barnet": someone started the process from Tasklist; the child is one they may speak about (a guardian's own
 * child in custody, or, where the process's module lets staff start it, a student in a staff member's classes). One: settled at once. Several: the
 * person is asked which (the choices are only those students), unless the parent page already said which.
 */
@Component("findChildDelegate")
class FindChildDelegate implements JavaDelegate {

    private final RosterRepository roster;
    private final List<ProcessModule> modules;

    FindChildDelegate(RosterRepository roster, List<ProcessModule> modules) {
        this.roster = roster;
        this.modules = modules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var startedBy =
                RequesterStudents.startedByOrRoster(modules, ProcessModule.keyOf(execution.getProcessDefinitionId()));
        List<RosterRepository.StudentRow> children = RequesterStudents.of(
                roster, (String) execution.getVariable("requestedBy"), startedBy, execution.getTenantId());
        if (children.isEmpty()) {
            throw dk.skolehjem.engine.FormInput.refused(
                    startedBy.contains(StartDoor.Starter.STAFF)
                            ? "Du er hverken registreret med forældremyndighed over et barn på skolen eller i et klasseteam."
                            : "Du er ikke registreret med forældremyndighed over et barn på skolen.");
        }
        Object chosen = execution.getVariable("child");
        if (chosen != null) {
            // chosen on the parent page: it must still be one of the person's own
            var child = children.stream()
                    .filter(c -> c.id().equals(chosen.toString()))
                    .findFirst()
                    .orElseThrow(() -> dk.skolehjem.engine.FormInput.refused("Vælg et af dine egne børn."));
            execution.setVariable("childCount", 1);
            settle(execution, child);
            return;
        }
        execution.setVariable("childCount", children.size());
        if (children.size() == 1) {
            settle(execution, children.get(0));
            return;
        }
        var options = Spin.JSON("[]");
        children.forEach(c -> options.append(
                Spin.JSON("{}").prop("label", c.name() + ", " + c.classCode()).prop("value", c.id())));
        execution.setVariable("children", SpinValues.jsonValue(options).create());
    }

    /** Gives the process its child: business key, school, class and name, so its tasks go to that class's team. */
    static void settle(DelegateExecution execution, RosterRepository.StudentRow child) {
        SchoolYear year = SchoolYear.of(EngineDates.today());
        execution.setProcessBusinessKey(
                new ClassYearKey(year, child.schoolId(), child.classCode(), child.id()).toString());
        execution.setVariable("schoolId", child.schoolId());
        execution.setVariable("classCode", child.classCode());
        execution.setVariable("studentName", child.name());
    }
}
