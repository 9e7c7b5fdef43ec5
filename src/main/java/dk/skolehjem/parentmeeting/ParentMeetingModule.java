package dk.skolehjem.parentmeeting;

import dk.skolehjem.engine.Evidence;
import dk.skolehjem.engine.MeetingTimePlace;
import dk.skolehjem.engine.Occurrence;
import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.minutes.DocumentKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The parent meeting (R2-R4) as the rest of the product sees it: a meeting of the whole class on every family's calendar. */
@Component
public class ParentMeetingModule implements ProcessModule {

    @Override
    public String key() {
        return "parent-meeting";
    }

    @Override
    public List<String> resources() {
        return List.of(
                "processes/parent-meeting.bpmn",
                "forms/parent-meeting-approval.form",
                "forms/parent-meeting-follow-up.form",
                "forms/parent-meeting-minutes.form",
                "forms/parent-meeting-plan.form",
                "forms/parent-meeting-wishes.form");
    }

    @Override
    public Optional<MeetingTimePlace> meeting() {
        return Optional.of(new MeetingTimePlace("Forældremøde", "meetingStart", "place", "meetingLength", true));
    }

    @Override
    public Set<DocumentKind> documents() {
        return Set.of(DocumentKind.AGENDA_REQUEST, DocumentKind.INVITATION, DocumentKind.MINUTES);
    }

    /** The council asked, the plan agreed with it, the invitation sent and the meeting held, step by step. */
    @Override
    public List<Evidence> evidence() {
        return List.of(
                Evidence.passed(Occurrence.What.COUNCIL_ASKED, "notify-council"),
                Evidence.passed(Occurrence.What.MEETING_AGREED_WITH_COUNCIL, "approveMeeting"),
                Evidence.passed(Occurrence.What.INVITATION_SENT, "notify-invitation"),
                Evidence.passed(Occurrence.What.PARENT_MEETING_HELD, "wait-meeting"));
    }
}
