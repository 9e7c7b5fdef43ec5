package dk.skolehjem.minutes;

import dk.skolehjem.calendar.DanishDates;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Renders a {@link MeetingDocument} as a PDF/A-2b with Danish headings and dates. */
@Component
public class MeetingDocumentRenderer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm");
    static final String NONE = "—";

    public byte[] render(MeetingDocument d, Instant created) {
        return PdfLayout.document(
                d.title(), text(d.schoolName()), subject(d), headerLeft(d), created, page -> body(d, page));
    }

    private static void body(MeetingDocument d, PdfLayout page) {
        page.title(d.title());
        page.table(null, new float[] {0.22f, 0.78f}, facts(d));

        page.heading("Deltagere");
        if (d.participants().isEmpty()) {
            page.note("Ingen deltagere er registreret.");
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (MeetingDocument.Participant p : d.participants()) {
                rows.add(List.of(text(p.name()), text(p.role()), p.present() ? "Til stede" : "Fraværende"));
            }
            page.table(List.of("Navn", "Rolle", "Fremmøde"), new float[] {0.42f, 0.36f, 0.22f}, rows);
        }

        boolean minutes = d.kind() == DocumentKind.MINUTES
                || d.kind() == DocumentKind.ACTION_PLAN
                || d.kind() == DocumentKind.YEAR_SUMMARY
                || d.kind() == DocumentKind.CONSENT_RECORD;
        page.heading(minutes ? "Dagsorden og referat" : "Dagsorden");
        if (d.agenda().isEmpty()) {
            page.note("Ingen punkter.");
        }
        int n = 1;
        for (MeetingDocument.AgendaItem item : d.agenda()) {
            page.subheading(n++ + ". " + text(item.title()));
            page.paragraph(item.discussion());
        }

        page.heading(d.kind() == DocumentKind.ACTION_PLAN ? "Handlinger" : "Aftaler");
        if (d.agreements().isEmpty()) {
            page.note("Ingen aftaler.");
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (MeetingDocument.Agreement a : d.agreements()) {
                rows.add(List.of(
                        text(a.who()), text(a.what()), a.byWhen() == null ? NONE : DanishDates.day(a.byWhen())));
            }
            page.table(List.of("Hvem", "Hvad", "Hvornår"), new float[] {0.25f, 0.5f, 0.25f}, rows);
        }
        if (present(d.nextFocus())) {
            page.heading("Næste fokuspunkt");
            page.paragraph(d.nextFocus());
        }
        if (present(d.nextMeeting())) {
            page.heading("Næste møde");
            page.paragraph(d.nextMeeting());
        }
        if (present(d.notes())) {
            page.heading("Bemærkninger");
            page.paragraph(d.notes());
        }
    }

    private static List<List<String>> facts(MeetingDocument d) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Skole", text(d.schoolName())));
        rows.add(List.of("Klasse", text(d.classCode())));
        if (present(d.studentName())) {
            rows.add(List.of("Elev", d.studentName()));
        }
        rows.add(List.of("Dato", d.date() == null ? NONE : DanishDates.full(d.date())));
        rows.add(List.of("Tidspunkt", time(d.startTime(), d.endTime())));
        rows.add(List.of("Sted", text(d.place())));
        return rows;
    }

    static String headerLeft(MeetingDocument d) {
        String left = text(d.schoolName()) + " · " + text(d.classCode());
        return present(d.studentName()) ? left + " · " + d.studentName() : left;
    }

    private static String subject(MeetingDocument d) {
        String about = present(d.studentName()) ? d.studentName() + ", " + text(d.classCode()) : text(d.classCode());
        return d.title() + " for " + about + (d.date() == null ? "" : ", " + DanishDates.day(d.date()));
    }

    private static String time(LocalTime start, LocalTime end) {
        if (start == null) {
            return NONE;
        }
        return "kl. " + TIME.format(start) + (end == null ? "" : "-" + TIME.format(end));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String text(String s) {
        return present(s) ? s : NONE;
    }
}
