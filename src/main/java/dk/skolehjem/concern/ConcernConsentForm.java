package dk.skolehjem.concern;

import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormRule;
import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.RosterRepository;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * One guardian's answer to "Må skolen inddrage PPR?" ({@code concern-consent}): yes or no, their own view and the
 * child's (L4), recorded with the date on the case.
 */
@Component
class ConcernConsentForm implements FormRule {

    private final ConcernCases cases;
    private final RosterRepository roster;

    ConcernConsentForm(ConcernCases cases, RosterRepository roster) {
        this.cases = cases;
        this.roster = roster;
    }

    @Override
    public Set<String> forms() {
        return Set.of("concern-consent");
    }

    /** The guardian's rights were suspended (L7) while asked: the question is withdrawn, nothing is recorded. */
    @Override
    public boolean answered(FormAnswers answers) {
        ClassYearKey key = ClassYearKey.parse(answers.execution().getProcessBusinessKey());
        return roster.hasCustody(key.schoolId(), key.studentId(), answers.task().getAssignee());
    }

    @Override
    public void apply(FormAnswers answers) {
        boolean given = answers.yesNo("consent");
        cases.recordConsent(
                (String) answers.variable("caseId"),
                answers.task().getAssignee(),
                given,
                answers.text("guardianView"),
                answers.text("studentView"));
    }
}
