package dk.skolehjem.conference;

import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormRule;
import dk.skolehjem.minutes.Invitees;
import dk.skolehjem.policy.PolicyRegistry;
import dk.skolehjem.policy.Promised;
import dk.skolehjem.policy.SchoolPolicy;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The team's record of a conference ({@code conference-record}): the fields the form shows for a conference held,
 * or for a no-show, are the ones that must be filled in; who was there is ticked among those invited, and where the
 * policy has the student always take part, a conference without the student needs a reason; a concern needs a note.
 */
@Component
class ConferenceRecordForm implements FormRule {

    private final PolicyRegistry policies;

    ConferenceRecordForm(PolicyRegistry policies) {
        this.policies = policies;
    }

    @Override
    public Set<String> forms() {
        return Set.of("conference-record");
    }

    @Override
    public void apply(FormAnswers answers) {
        if (answers.yesNo("attended")) {
            List<String> present = answers.checked("present");
            if (present.isEmpty()) {
                throw answers.refused("present", "skal udfyldes: sæt flueben ved dem, der deltog.");
            }
            SchoolPolicy policy = policies.orDefault(answers.variable("policyId"));
            if (!present.contains(Invitees.STUDENT)
                    && policy.conference().student() == SchoolPolicy.StudentPart.ALWAYS
                    && answers.text("studentAbsentReason") == null) {
                throw answers.refused(
                        "studentAbsentReason",
                        "skal udfyldes, når eleven ikke deltog"
                                + policy.promise(Promised.CONFERENCE_STUDENT)
                                        .map(p -> " (princippet: \"" + p.quote() + "\").")
                                        .orElse("."));
            }
            answers.requiredText("strengths");
            answers.requiredText("nextFocus");
            // "afsluttes med en aftale om det næste forløb": at least one agreement
            answers.requiredText("agreements");
            if (answers.ticked("concern")) {
                answers.requiredText("concernNote");
            }
        } else if (!answers.yesNo("newSlot")) {
            answers.requiredText("noShowReason");
        }
    }
}
