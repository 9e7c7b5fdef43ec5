package dk.skolehjem.concern;

import dk.skolehjem.engine.FormAnswers;
import dk.skolehjem.engine.FormRule;
import dk.skolehjem.minutes.MeetingDocument;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The minutes of the meeting with leadership ({@code concern-record-meeting}): readable agreements, the follow-up. */
@Component
class ConcernRecordMeetingForm implements FormRule {

    @Override
    public Set<String> forms() {
        return Set.of("concern-record-meeting");
    }

    @Override
    public void apply(FormAnswers answers) {
        MeetingDocument.Agreement.fromLines(answers.text("agreements"));
        ConcernFollowUpDate.set(answers, "followUpDate");
    }
}
