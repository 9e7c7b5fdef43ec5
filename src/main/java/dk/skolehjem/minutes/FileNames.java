package dk.skolehjem.minutes;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/** Danish, URL- and disk-safe file names: "referat-skole-hjem-samtale-5A-2026-11-03.pdf". */
final class FileNames {

    private FileNames() {}

    static String of(MeetingDocument d, LocalDate fallbackDate) {
        StringBuilder name = new StringBuilder(d.kind().slug());
        String type = slug(d.meetingType());
        if (!type.isEmpty() && !d.kind().slug().equals(type)) {
            name.append('-').append(type);
        }
        if (d.classCode() != null && !d.classCode().isBlank()) {
            name.append('-').append(d.classCode().replace(".", "").replaceAll("[^A-Za-z0-9]", ""));
        }
        name.append('-').append(d.date() != null ? d.date() : fallbackDate);
        return name + ".pdf";
    }

    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String danish = text.toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "oe")
                .replace("å", "aa");
        String ascii = Normalizer.normalize(danish, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
    }
}
