package dk.skolehjem.family;

import dk.skolehjem.engine.ActingUser;
import dk.skolehjem.engine.FormInput;
import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.roster.RosterRepository;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** "Hvilket barn drejer det sig om?": only a child in the guardian's own custody at this school is accepted. */
@Component("chooseChildListener")
class ChooseChildListener implements TaskListener {

    private final RosterRepository roster;
    private final List<ProcessModule> modules;

    @Autowired
    ChooseChildListener(RosterRepository roster, List<ProcessModule> modules) {
        this.roster = roster;
        this.modules = modules;
    }

    /** For the process tests that wire their beans by hand: this package's modules, any other process by the roster. */
    ChooseChildListener(RosterRepository roster) {
        this(roster, RequesterStudents.own());
    }

    @Override
    public void notify(DelegateTask task) {
        String chosen = FormInput.of(task).requiredText("child", "Barn", 40);
        // the person completing the task (its only candidate is the one who started the process), not a variable
        String user = ActingUser.id().orElse(null);
        String guardian = user != null ? user : (String) task.getVariable("requestedBy");
        task.getExecution().setVariable("requestedBy", guardian);
        var child = RequesterStudents.of(roster, guardian, RequesterStudents.startedByOrRoster(modules,
                        ProcessModule.keyOf(task.getProcessDefinitionId())), task.getTenantId()).stream()
                .filter(s -> s.id().equals(chosen))
                .findFirst()
                .orElseThrow(() -> FormInput.refused("Vælg et af børnene i listen."));
        FindChildDelegate.settle(task.getExecution(), child);
    }
}
