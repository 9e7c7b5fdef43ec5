package dk.skolehjem.concern;

import dk.skolehjem.minutes.MeetingDocument;
import java.util.ArrayList;
import java.util.List;

/** The network meeting's external participants, one per line as "Navn, rolle" (e.g. the health nurse). */
final class ExternalParticipants {

    static final int MAX = 10;

    private ExternalParticipants() {}

    /**
     * The participants; a text that is not one "Navn, rolle" per line is refused with what follows the field's name
     * in the refusal (", linje 2: ..."), since the field's label is the form's to say.
     */
    static List<MeetingDocument.Participant> parse(String text) {
        List<MeetingDocument.Participant> result = new ArrayList<>();
        if (text == null) {
            return result;
        }
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty()) {
                continue;
            }
            int comma = line.indexOf(',');
            if (comma <= 0 || line.substring(comma + 1).isBlank()) {
                throw new IllegalArgumentException(", linje " + (i + 1) + ": skriv navn og rolle adskilt af "
                        + "komma, fx 'Anne Holm, sundhedsplejerske'.");
            }
            result.add(new MeetingDocument.Participant(
                    line.substring(0, comma).trim(), line.substring(comma + 1).trim(), true));
        }
        if (result.size() > MAX) {
            throw new IllegalArgumentException(" må højst have " + MAX + " personer.");
        }
        return result;
    }
}
