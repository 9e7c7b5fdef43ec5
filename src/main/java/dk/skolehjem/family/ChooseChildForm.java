package dk.skolehjem.family;

import dk.skolehjem.engine.ActingUser;
import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormInput;
import dk.skolehjem.engine.FormRule;
import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.roster.RosterRepository;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** "Hvilket barn drejer det sig om?" ({@code choose-child}): only a child the person may speak about is accepted. */
@Component
class ChooseChildForm implements FormRule {

    private final RosterRepository roster;
    private final List<ProcessModule> modules;

    ChooseChildForm(RosterRepository roster, List<ProcessModule> modules) {
        this.roster = roster;
        this.modules = modules;
    }

    @Override
    public Set<String> forms() {
        return Set.of("choose-child");
    }

    @Override
    public void apply(FormAnswers answers) {
        String chosen = answers.requiredText("child");
        // the person completing the task (its only candidate is the one who started the process), not a variable
        String user = ActingUser.id().orElse(null);
        String guardian = user != null ? user : (String) answers.variable("requestedBy");
        answers.set("requestedBy", guardian);
        var task = answers.task();
        var child = RequesterStudents.of(
                        roster,
                        guardian,
                        RequesterStudents.startedByOrRoster(
                                modules, ProcessModule.keyOf(task.getProcessDefinitionId())),
                        task.getTenantId())
                .stream()
                .filter(s -> s.id().equals(chosen))
                .findFirst()
                .orElseThrow(() -> FormInput.refused("Vælg et af børnene i listen."));
        FindChildDelegate.settle(answers.execution(), child);
    }
}
