package dk.skolehjem.family;

import dk.skolehjem.engine.FamilyRequest;
import dk.skolehjem.engine.FamilyRequestReader;
import dk.skolehjem.engine.ProcessModule;
import dk.skolehjem.engine.StartDoor;
import dk.skolehjem.roster.ClassYearKey;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** "Besøg i klassen" (R16) as the rest of the product sees it: a door for guardians only, who speak for their family. */
@Component
public class ClassVisitModule implements ProcessModule {

    private final FamilyRequestReader requests;

    ClassVisitModule(FamilyRequestReader requests) {
        this.requests = requests;
    }

    @Override
    public String key() {
        return "class-visit";
    }

    @Override
    public List<String> resources() {
        return List.of(
                "processes/class-visit.bpmn",
                "forms/choose-child.form",
                "forms/class-visit-accept.form",
                "forms/class-visit-answer.form",
                "forms/class-visit-start.form");
    }

    @Override
    public List<StartDoor> startDoors() {
        return List.of(new StartDoor(
                "besoeg",
                "Besøg i klassen",
                "Klasseteamet svarer med en dag, der passer, eller foreslår en anden.",
                List.of("wishedDate", "purpose"),
                Set.of(StartDoor.Starter.GUARDIAN)));
    }

    /** The guardian's wishes to visit the class: waiting, a day proposed, agreed, or declined with the team's reason. */
    @Override
    public List<FamilyRequest> requestsBy(String guardianId, ClassYearKey student) {
        return requests.requests(
                key(), guardianId, student, a -> new FamilyRequest("Besøg i klassen", a.asked(), status(a)));
    }

    private String status(FamilyRequestReader.Asked a) {
        Object day = requests.variable(a.instanceId(), "visitDateLabel");
        if (!a.finished()) {
            return requests.turn(a.instanceId()) == FamilyRequestReader.Turn.FAMILY
                    ? "Klasseteamet foreslår " + day + ". Svar under Opgaver til dig."
                    : FamilyRequestReader.WAITING;
        }
        // the reason is the team's answer to the family, written for them in the answer form
        return switch (requests.endedAt(a.instanceId()).orElse("")) {
            case "end-agreed" -> "Aftalt " + day;
            case "end-declined" -> "Afvist: " + requests.variable(a.instanceId(), "reason");
            default -> "Afsluttet";
        };
    }
}
