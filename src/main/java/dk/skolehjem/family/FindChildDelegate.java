package dk.skolehjem.family;

import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.RosterRepository;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * "Find barnet": a guardian started the process from Tasklist; the child is theirs, at this school, with custody.
 * One child: settled at once. Several: the guardian is asked which (the choices are only their own children).
 */
@Component("findChildDelegate")
class FindChildDelegate implements JavaDelegate {

    private final RosterRepository roster;

    FindChildDelegate(RosterRepository roster) {
        this.roster = roster;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String guardian = (String) execution.getVariable("requestedBy");
        List<RosterRepository.StudentRow> children = roster.childrenInCustody(guardian == null ? "" : guardian).stream()
                .filter(s -> execution.getTenantId() == null || s.schoolId().equals(execution.getTenantId())).toList();
        if (children.isEmpty()) {
            throw new ProcessEngineException("Du er ikke registreret med forældremyndighed over et barn på skolen.");
        }
        execution.setVariable("childCount", children.size());
        if (children.size() == 1) {
            settle(execution, children.get(0));
            return;
        }
        var options = Spin.JSON("[]");
        children.forEach(c -> options.append(Spin.JSON("{}").prop("label", c.name() + ", " + c.classCode()).prop("value", c.id())));
        execution.setVariable("children", SpinValues.jsonValue(options).create());
    }

    /** Gives the process its child: business key, school, class and name, so its tasks go to that class's team. */
    static void settle(DelegateExecution execution, RosterRepository.StudentRow child) {
        SchoolYear year = SchoolYear.of(EngineDates.today());
        execution.setProcessBusinessKey(new ClassYearKey(year, child.schoolId(), child.classCode(), child.id()).toString());
        execution.setVariable("schoolId", child.schoolId());
        execution.setVariable("classCode", child.classCode());
        execution.setVariable("studentName", child.name());
    }
}
