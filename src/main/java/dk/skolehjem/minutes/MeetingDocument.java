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
    public record Participant(String name, String role, boolean present) {}

    /** An agenda item and, in minutes, what was said about it. */
    public record AgendaItem(String title, String discussion) {}

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
                agreements.add(
                        colon > 0
                                ? new Agreement(
                                        line.substring(0, colon).trim(),
                                        line.substring(colon + 1).trim(),
                                        null)
                                : new Agreement("Alle", line.trim(), null));
            }
            return agreements;
        }
    }

    /** A document of this kind about the named meeting; the rest is filled in by name, and empty unless set. */
    public static Builder of(DocumentKind kind, String meetingType) {
        return new Builder(kind, meetingType);
    }

    /** The same document as another kind (minutes of what the invitation announced). */
    public MeetingDocument withKind(DocumentKind other) {
        return new MeetingDocument(
                other,
                meetingType,
                schoolName,
                classCode,
                studentName,
                date,
                startTime,
                endTime,
                place,
                participants,
                agenda,
                agreements,
                nextFocus,
                nextMeeting,
                notes);
    }

    /** Builds a document field by field, so a process names what it fills in instead of passing runs of nulls. */
    public static final class Builder {

        private final DocumentKind kind;
        private final String meetingType;
        private String schoolName;
        private String classCode;
        private String studentName;
        private LocalDate date;
        private LocalTime startTime;
        private LocalTime endTime;
        private String place;
        private List<Participant> participants;
        private List<AgendaItem> agenda;
        private List<Agreement> agreements;
        private String nextFocus;
        private String nextMeeting;
        private String notes;

        private Builder(DocumentKind kind, String meetingType) {
            this.kind = kind;
            this.meetingType = meetingType;
        }

        public Builder school(String name) {
            this.schoolName = name;
            return this;
        }

        public Builder classCode(String code) {
            this.classCode = code;
            return this;
        }

        public Builder student(String name) {
            this.studentName = name;
            return this;
        }

        public Builder date(LocalDate day) {
            this.date = day;
            return this;
        }

        public Builder time(LocalTime start, LocalTime end) {
            this.startTime = start;
            this.endTime = end;
            return this;
        }

        public Builder place(String where) {
            this.place = where;
            return this;
        }

        public Builder participants(List<Participant> people) {
            this.participants = people;
            return this;
        }

        public Builder agenda(List<AgendaItem> items) {
            this.agenda = items;
            return this;
        }

        public Builder agreements(List<Agreement> list) {
            this.agreements = list;
            return this;
        }

        public Builder nextFocus(String text) {
            this.nextFocus = text;
            return this;
        }

        public Builder nextMeeting(String text) {
            this.nextMeeting = text;
            return this;
        }

        public Builder notes(String text) {
            this.notes = text;
            return this;
        }

        public MeetingDocument build() {
            return new MeetingDocument(
                    kind,
                    meetingType,
                    schoolName,
                    classCode,
                    studentName,
                    date,
                    startTime,
                    endTime,
                    place,
                    participants,
                    agenda,
                    agreements,
                    nextFocus,
                    nextMeeting,
                    notes);
        }
    }

    /** "Referat – Skole-hjem-samtale". */
    public String title() {
        return meetingType == null || meetingType.isBlank() ? kind.title() : kind.title() + " – " + meetingType;
    }
}
