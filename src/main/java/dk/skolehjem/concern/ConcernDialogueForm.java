package dk.skolehjem.concern;

import dk.skolehjem.engine.CodeList;
import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormRule;
import dk.skolehjem.minutes.MeetingDocument;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Level 1, the team's talk with the guardians ({@code concern-dialogue}): by phone or at a meeting (R13), held
 * already, agreements the minutes can read, and the follow-up date.
 */
@Component
class ConcernDialogueForm implements FormRule {

    @Override
    public Set<String> forms() {
        return Set.of("concern-dialogue");
    }

    @Override
    public List<CodeList> codeLists() {
        return List.of(CodeList.of(
                "contactedHow",
                GuardianContact.class,
                "Tal med forældrene i telefon eller på et møde, ikke i beskeder."));
    }

    @Override
    public void apply(FormAnswers answers) {
        if (answers.requiredDate("contactDate").isAfter(EngineDates.today())) {
            throw answers.refused("contactDate", "kan ikke ligge i fremtiden.");
        }
        MeetingDocument.Agreement.fromLines(answers.text("agreements"));
        ConcernFollowUpDate.set(answers, "followUpDate");
    }
}
