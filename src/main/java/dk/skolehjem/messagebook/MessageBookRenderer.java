package dk.skolehjem.messagebook;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.calendar.SchoolYear;
import dk.skolehjem.minutes.PdfLayout;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A student's message book for one school year as a PDF/A document for the guardians. */
public final class MessageBookRenderer {

    private MessageBookRenderer() {}

    public static byte[] render(
            String school,
            String studentName,
            String classCode,
            SchoolYear year,
            List<MessageBookEntry> entries,
            Completeness completeness,
            Instant created) {
        String title = "Meddelelsesbog " + year + " – " + studentName;
        return PdfLayout.document(
                title,
                school,
                "Meddelelsesbog for " + studentName + ", " + classCode + ", skoleåret " + year,
                school + " · " + classCode + " · " + studentName,
                created,
                page -> {
                    page.title("Meddelelsesbog – skoleåret " + year);
                    page.table(
                            null,
                            new float[] {0.22f, 0.78f},
                            List.of(
                                    List.of("Elev", studentName),
                                    List.of("Klasse", classCode),
                                    List.of("Skole", school)));
                    if (entries.isEmpty()) {
                        page.note("Der er endnu ingen indførsler i meddelelsesbogen i dette skoleår.");
                    }
                    for (MessageBookEntry e : entries) {
                        page.heading(
                                DanishDates.day(e.date()) + " – " + e.source().danish());
                        if (e.strengths() != null) {
                            page.subheading("Styrker");
                            page.paragraph(e.strengths());
                        }
                        if (!e.goals().isEmpty()) {
                            page.subheading("Mål");
                            List<List<String>> rows = new ArrayList<>();
                            e.goals().forEach(g -> rows.add(List.of(g.area().danish(), g.goal())));
                            page.table(List.of("Område", "Mål"), new float[] {0.3f, 0.7f}, rows);
                        }
                        if (!e.agreements().isEmpty()) {
                            page.subheading("Aftaler");
                            List<List<String>> rows = new ArrayList<>();
                            e.agreements()
                                    .forEach(a -> rows.add(List.of(
                                            a.who(),
                                            a.what(),
                                            a.byWhen() == null ? "—" : DanishDates.day(a.byWhen()))));
                            page.table(List.of("Hvem", "Hvad", "Hvornår"), new float[] {0.25f, 0.5f, 0.25f}, rows);
                        }
                        if (e.evaluation() != null) {
                            page.subheading("Evaluering af tidligere mål");
                            page.paragraph(e.evaluation());
                        }
                        if (e.nextFocus() != null) {
                            page.subheading("Næste fokuspunkt");
                            page.paragraph(e.nextFocus());
                        }
                        if (e.attendance() != null) {
                            page.subheading("Deltog");
                            page.paragraph(e.attendance());
                        }
                        page.note(
                                e.parentsInformed()
                                        ? "Forældrene er orienteret om elevens udbytte "
                                                + DanishDates.day(e.parentsInformedOn()) + "."
                                        : "Forældrene er ikke orienteret om udbyttet ved denne indførsel.");
                    }
                    page.heading("Status for skoleåret");
                    page.note("Forældrene er orienteret om udbyttet " + completeness.timesParentsInformed()
                            + " gang(e)"
                            + (completeness.informedPromise() == null
                                    ? "."
                                    : " (princippet: \"" + completeness.informedPromise() + "\")."));
                    if (!completeness.missingAreas().isEmpty()) {
                        page.note("Endnu uden mål: " + String.join(", ", completeness.missingAreaNames()) + ".");
                    }
                });
    }
}
