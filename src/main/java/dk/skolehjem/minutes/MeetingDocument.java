package dk.skolehjem.minutes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Everything a meeting document can say, typed: processes fill in what they have and leave the rest empty.
 * {@code meetingType} is the meeting's Danish name ("Skole-hjem-samtale", "Forældremøde").
 */
public record MeetingDocument(
        DocumentKind kind,
        String meetingType,
        String schoolName,
        String classCode,
        String studentName,
        LocalDate date,
        LocalTime startTime,
        LocalTime endTime,
        String place,
        List<Participant> participants,
        List<AgendaItem> agenda,
        List<Agreement> agreements,
        String nextFocus,
        String nextMeeting,
        String notes) {

    public MeetingDocument {
        if (kind == null) {
            throw new IllegalArgumentException("Dokumentet mangler sin art (kind)");
        }
        if (meetingType != null && meetingType.length() > 100) {
            throw new IllegalArgumentException("Mødets navn må højst være 100 tegn");
        }
        participants = participants == null ? List.of() : List.copyOf(participants);
        agenda = agenda == null ? List.of() : List.copyOf(agenda);
        agreements = agreements == null ? List.of() : List.copyOf(agreements);
    }

    /** Someone at (or invited to) the meeting; {@code present} false lists them as absent. */
    public record Participant(String name, String role, boolean present) {
    }

    /** An agenda item and, in minutes, what was said about it. */
    public record AgendaItem(String title, String discussion) {
    }

    /** Who does what by when (R12: agreements are documented and available to all parties). */
    public record Agreement(String who, String what, LocalDate byWhen) {

        /** Agreements as teams type them in a form, one per line, "who: what" ("Alle" when no one is named). */
        public static List<Agreement> fromLines(String text) {
            List<Agreement> agreements = new java.util.ArrayList<>();
            if (text == null) {
                return agreements;
            }
            for (String line : text.split("\\R")) {
                if (line.isBlank()) {
                    continue;
                }
                int colon = line.indexOf(':');
                agreements.add(colon > 0
                        ? new Agreement(line.substring(0, colon).trim(), line.substring(colon + 1).trim(), null)
                        : new Agreement("Alle", line.trim(), null));
            }
            return agreements;
        }
    }

    /** "Referat – Skole-hjem-samtale". */
    public String title() {
        return meetingType == null || meetingType.isBlank() ? kind.title() : kind.title() + " – " + meetingType;
    }
}
