package dk.skolehjem.minutes;

import dk.skolehjem.roster.ClassYearKey;
import dk.skolehjem.roster.RosterRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.springframework.stereotype.Component;

/**
 * The people invited to a meeting, as a record form's attendance checklist offers them (form-js {@code valuesKey}:
 * label and value) and as the minutes list them: the guardians with custody by name, the student at a student's
 * meeting, and the class team. A ticked value names a person by id, never by a text the form could have changed.
 */
@Component
public class Invitees {

    /** The value of the student in the checklist. */
    public static final String STUDENT = "student";

    /** The value of the class team in the checklist. */
    public static final String TEAM = "team";

    private static final String GUARDIAN = "guardian:";

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    private final RosterRepository roster;

    public Invitees(RosterRepository roster) {
        this.roster = roster;
    }

    /** One person invited: the checklist's value, the name and the role the minutes give. */
    public record Invitee(String value, String name, String role) {

        /** The checklist's label: the name and the role. */
        public String label() {
            return name + " (" + role + ")";
        }
    }

    /** Who is invited to a meeting of this key: a student's (guardians, student, team) or the class's (guardians, team). */
    public List<Invitee> of(ClassYearKey key) {
        List<Invitee> people = new ArrayList<>();
        List<RosterRepository.GuardianName> guardians = key.studentId() == null
                ? roster.custodyGuardianNamesOfClass(key.schoolId(), key.classCode())
                : roster.custodyGuardianNamesOfStudent(key.schoolId(), key.studentId());
        guardians.forEach(g -> people.add(new Invitee(GUARDIAN + g.id(), g.name(), "forælder")));
        if (key.studentId() != null) {
            roster.student(key.schoolId(), key.studentId())
                    .ifPresent(s -> people.add(new Invitee(STUDENT, s.name(), "elev")));
        }
        people.add(new Invitee(TEAM, "Klasseteamet", "klasseteam"));
        return people;
    }

    /** The checklist's choices, the JSON array form-js reads with {@code valuesKey}. */
    public JsonValue choices(ClassYearKey key) {
        var array = Spin.JSON("[]");
        for (Invitee i : of(key)) {
            array.append(Spin.JSON("{}").prop("label", i.label()).prop("value", i.value()));
        }
        return SpinValues.jsonValue(array).create();
    }

    /**
     * The minutes' participants: everyone invited, present when ticked ({@code everyone}), or only those who came
     * (a parent meeting, where the whole class is invited).
     */
    public List<MeetingDocument.Participant> participants(
            ClassYearKey key, Collection<String> present, boolean everyone) {
        return of(key).stream()
                .filter(i -> everyone || present.contains(i.value()))
                .map(i -> new MeetingDocument.Participant(i.name(), i.role(), present.contains(i.value())))
                .toList();
    }

    /** The values ticked in an attendance checklist as the process keeps them (a list, or the JSON array sent). */
    public static List<String> ticked(Object value) {
        List<String> ticked = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            list.forEach(v -> ticked.add(String.valueOf(v)));
        } else if (value != null && !value.toString().isBlank()) {
            try {
                JSON.readTree(value.toString()).forEach(v -> ticked.add(v.asText()));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Fremmødet kunne ikke læses", e);
            }
        }
        return ticked;
    }

    /** Who was there, as the message book says it ("Mette Jørgensen (forælder), Klasseteamet (klasseteam)"). */
    public String present(ClassYearKey key, Collection<String> present) {
        return String.join(
                ", ",
                of(key).stream()
                        .filter(i -> present.contains(i.value()))
                        .map(Invitee::label)
                        .toList());
    }
}
