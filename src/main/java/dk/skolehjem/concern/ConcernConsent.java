package dk.skolehjem.concern;

import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.RosterRepository;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The guardians' consent to involve PPR (L4): who is asked (every guardian with custody, each for themselves, a
 * suspended one not) and, once all have answered, whether consent is given: only when every one of them said yes.
 */
@Component("concernConsent")
public class ConcernConsent implements JavaDelegate {

    private final RosterRepository roster;
    private final ConcernCases cases;

    public ConcernConsent(RosterRepository roster, ConcernCases cases) {
        this.roster = roster;
        this.cases = cases;
    }

    public List<String> guardians(DelegateExecution execution) {
        ClassYearKey key = ClassYearKey.parse(execution.getProcessBusinessKey());
        // nobody to ask (no custody, or every guardian suspended): no task, and no consent
        return roster.custodyGuardiansOfStudent(key.schoolId(), key.studentId());
    }

    /** "Saml svarene". */
    @Override
    public void execute(DelegateExecution execution) {
        ClassYearKey key = ClassYearKey.parse(execution.getProcessBusinessKey());
        List<String> asked = roster.custodyGuardiansOfStudent(key.schoolId(), key.studentId());
        execution.setVariable("consentGiven", cases.allConsented((String) execution.getVariable("caseId"), asked));
        execution.setVariable("consentAnsweredOn", EngineDates.today().toString());
    }
}
