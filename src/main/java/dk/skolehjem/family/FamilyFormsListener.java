package dk.skolehjem.family;

import dk.skolehjem.engine.ActingUser;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.engine.FormInput;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.RosterRepository;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The family processes' checks: what the guardian wrote when starting (a start listener, since a start form has no
 * task), the team's answers, and the team's answer deadline: two school days by the school's calendar (R15).
 */
@Component("familyFormsListener")
public class FamilyFormsListener implements TaskListener, ExecutionListener {

    static final Set<String> CHANGES = Set.of("skilsmisse", "doedsfald", "sygdom", "andet");
    static final Set<String> DECISIONS = Set.of("accept", "propose", "decline");

    private final PolicyRegistry policies;
    private final RosterRepository roster;

    FamilyFormsListener(PolicyRegistry policies, RosterRepository roster) {
        this.policies = policies;
        this.roster = roster;
    }

    /** The start: what the guardian wrote, checked before anything else happens. */
    @Override
    public void notify(DelegateExecution execution) {
        // whoever is logged in started it; a submitted "requestedBy" cannot name somebody else
        String user = ActingUser.id().orElse(null);
        if (user != null) {
            execution.setVariable("requestedBy", user);
        }
        FormInput in = FormInput.of(execution);
        String process = execution.getProcessDefinitionId().split(":")[0];
        if ("talk-request".equals(process)) {
            in.requiredText("requestAbout", "Hvad vil I gerne tale om?", FormInput.MAX_TEXT);
            return;
        }
        if ("life-event".equals(process)) {
            String kind = in.requiredText("changeKind", "Hvilken ændring", 20);
            if (!CHANGES.contains(kind)) {
                throw FormInput.refused("Vælg en af ændringerne i listen.");
            }
            in.requiredText("description", "Fortæl skolen om ændringen", FormInput.MAX_TEXT);
            execution.setVariable("sensitive", true);
        } else {
            in.requiredDate("wishedDate", "Hvornår vil I gerne komme?");
            in.requiredText("purpose", "Hvad vil I gerne se?", FormInput.MAX_TEXT);
        }
    }

    /** Two school days from today by the school's calendar: when the team must have answered (R15). */
    public java.util.Date answerDue(DelegateExecution execution) {
        ClassYearKey key = ClassYearKey.parse(execution.getProcessBusinessKey());
        String policyId = roster.school(key.schoolId()).map(RosterRepository.SchoolRow::policyId).orElse("standard");
        LocalDate due = policies.get(policyId).calendar(key.year()).plusSchoolDays(EngineDates.today(), 2);
        return EngineDates.endOfDay(due);
    }

    @Override
    public void notify(DelegateTask task) {
        FormInput in = FormInput.of(task);
        switch (task.getTaskDefinitionKey()) {
            case "answerLifeEvent" -> {
                in.requiredText("response", "Svar til familien", FormInput.MAX_TEXT);
                in.optionalText("followUpPlan", "Hvordan følger I op", FormInput.MAX_TEXT);
            }
            case "answerVisit" -> {
                String decision = in.requiredText("decision", "Svar", 20);
                if (!DECISIONS.contains(decision)) {
                    throw FormInput.refused("Vælg et svar i listen.");
                }
                if (!"decline".equals(decision)) {
                    LocalDate day = in.requiredDate("visitDate", "Dag for besøget");
                    if (day.isBefore(EngineDates.today())) {
                        throw FormInput.refused("Dagen for besøget er overskredet.");
                    }
                    task.getExecution().setVariable("visitDateLabel", dk.skolehjem.calendar.DanishDates.full(day));
                } else {
                    in.requiredText("reason", "Begrundelse", FormInput.MAX_TEXT);
                }
            }
            case "acceptVisitDate" -> in.requiredChoice("dateAccepted", "Passer dagen?");
            case "followUpLifeEvent" -> in.requiredText("followUpNote", "Hvad er gjort", FormInput.MAX_TEXT);
            default -> throw new IllegalStateException("Ingen kontrol for opgaven " + task.getTaskDefinitionKey());
        }
    }
}
