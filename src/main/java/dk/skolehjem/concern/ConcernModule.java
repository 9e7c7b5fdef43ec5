package dk.skolehjem.concern;

import dk.skolehjem.engine.FamilyRequest;
import dk.skolehjem.engine.FamilyRequestReader;
import dk.skolehjem.engine.MeetingTimePlace;
import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.engine.StartDoor;
import dk.skolehjem.minutes.CaseInvitations;
import dk.skolehjem.minutes.DocumentKind;
import dk.skolehjem.minutes.MinutesService;
import dk.skolehjem.notification.CaseMessages;
import dk.skolehjem.roster.ClassYearKey;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A concern (R13, R14, L4, L5, L10) as the rest of the product sees it: raised by a guardian or the class team, its
 * meetings on the family's calendar (when and where, nothing of the case), and erased as a whole when its retention
 * time is over.
 */
@Component
public class ConcernModule implements ProcessModule {

    /** What the person raising a concern writes: the door's fields, read back for the case page. */
    static final List<String> REGISTRATION = List.of(
            "category",
            "description",
            "concernSince",
            "tried",
            "earlierAttempts",
            "urgency",
            "childAtRisk",
            "childView");

    private final MinutesService minutes;
    private final CaseInvitations invitations;
    private final CaseMessages messages;
    private final ConcernCases cases;
    private final FamilyRequestReader requests;

    ConcernModule(
            MinutesService minutes,
            CaseInvitations invitations,
            CaseMessages messages,
            ConcernCases cases,
            FamilyRequestReader requests) {
        this.requests = requests;
        this.minutes = minutes;
        this.invitations = invitations;
        this.messages = messages;
        this.cases = cases;
    }

    @Override
    public String key() {
        return "concern";
    }

    @Override
    public List<String> resources() {
        return List.of(
                "processes/concern.bpmn",
                "processes/concern-triage.dmn",
                "forms/choose-child.form",
                "forms/concern-action-plan.form",
                "forms/concern-dialogue.form",
                "forms/concern-evaluation.form",
                "forms/concern-follow-up.form",
                "forms/concern-missed-deadline.form",
                "forms/concern-no-consent.form",
                "forms/concern-plan-meeting.form",
                "forms/concern-plan-network.form",
                "forms/concern-ppr-prepare.form",
                "forms/concern-record-meeting.form",
                "forms/concern-review.form",
                "forms/concern-start.form",
                "forms/concern-underretning.form");
    }

    @Override
    public List<StartDoor> startDoors() {
        return List.of(new StartDoor(
                "bekymring",
                "Jeg er bekymret",
                "Kun barnets klasseteam og skolens ledelse ser det, og PPR kun hvis I giver samtykke. Skolen "
                        + "ringer til jer eller inviterer til et møde; en bekymring tages ikke i beskeder.",
                REGISTRATION,
                Set.of(StartDoor.Starter.GUARDIAN, StartDoor.Starter.STAFF)));
    }

    @Override
    public Optional<MeetingTimePlace> meeting() {
        return Optional.of(new MeetingTimePlace("Møde om jeres barn", "meetingStart", "meetingPlace", null, false));
    }

    @Override
    public Set<DocumentKind> documents() {
        return Set.of(DocumentKind.MINUTES, DocumentKind.CONSENT_RECORD, DocumentKind.ACTION_PLAN);
    }

    /**
     * A concern the guardian raised, as the family may know it: received, a meeting called or held, closed. Never the
     * level, notes, PPR or an underretning: those stay with the school (L4, L5).
     */
    @Override
    public List<FamilyRequest> requestsBy(String guardianId, ClassYearKey student) {
        return requests.requests(key(), guardianId, student, a -> new FamilyRequest("Bekymring", a.asked(), status(a)));
    }

    private String status(FamilyRequestReader.Asked a) {
        if (a.finished()) {
            return "Afsluttet";
        }
        // the meeting's time and place are in the family's invitation and calendar already
        return requests.meeting(a.instanceId())
                .map(m -> m.past()
                        ? "Skolen har holdt møde med jer " + m.day()
                        : "Skolen har indkaldt til møde " + m.label())
                .orElse(
                        requests.turn(a.instanceId()) == FamilyRequestReader.Turn.FAMILY
                                ? "Skolen beder om jeres svar under Opgaver til dig"
                                : "Skolen har modtaget bekymringen");
    }

    /** The case's documents, PPR's invitation and its messages by their owners; its own records last. */
    @Override
    public void erase(String processInstanceId) {
        minutes.eraseCase(processInstanceId);
        invitations.eraseCase(processInstanceId);
        messages.eraseCase(processInstanceId);
        cases.erase(processInstanceId);
    }

    /** Open concerns at the school by level, with how long the oldest has been open; no child is named. */
    @Override
    public List<String> weekForLeadership(String schoolId, java.time.LocalDate today) {
        var open = cases.ofSchools(List.of(schoolId)).stream()
                .filter(c -> c.closedAt() == null)
                .toList();
        if (open.isEmpty()) {
            return List.of();
        }
        var byLevel = new java.util.TreeMap<Integer, List<ConcernCases.Case>>();
        open.forEach(c -> byLevel.computeIfAbsent(c.level(), l -> new java.util.ArrayList<>())
                .add(c));
        List<String> parts = new java.util.ArrayList<>();
        byLevel.forEach((level, list) -> {
            long oldest = list.stream()
                    .mapToLong(c -> java.time.temporal.ChronoUnit.DAYS.between(
                            c.openedAt().toLocalDateTime().toLocalDate(), today))
                    .max()
                    .orElse(0);
            parts.add("niveau " + level + ": " + list.size() + " (den ældste åben i " + oldest + " dage)");
        });
        return List.of("Åbne bekymringer: " + String.join("; ", parts));
    }
}
