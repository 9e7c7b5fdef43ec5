package dk.skolehjem.concern;

import dk.skolehjem.engine.FormInput;
import dk.skolehjem.minutes.MeetingDocument;
import java.util.ArrayList;
import java.util.List;

/** The network meeting's external participants, one per line as "Navn, rolle" (e.g. the health nurse). */
final class ExternalParticipants {

    static final int MAX = 10;

    private ExternalParticipants() {
    }

    /** The participants, or a refusal that names the line that is wrong. */
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
                throw FormInput.refused("Feltet 'Andre deltagere', linje " + (i + 1) + ": skriv navn og rolle adskilt af "
                        + "komma, fx 'Anne Holm, sundhedsplejerske'.");
            }
            result.add(new MeetingDocument.Participant(line.substring(0, comma).trim(), line.substring(comma + 1).trim(), true));
        }
        if (result.size() > MAX) {
            throw FormInput.refused("Feltet 'Andre deltagere' må højst have " + MAX + " personer.");
        }
        return result;
    }
}
