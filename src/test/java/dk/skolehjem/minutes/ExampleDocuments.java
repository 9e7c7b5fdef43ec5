package dk.skolehjem.minutes;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** Sample documents for tests and for docs/examples: realistic content with names in many scripts. */
public final class ExampleDocuments {

    static final String DANISH = "Åse Ærø-Østergaard";
    static final String GERMAN = "Jürgen Müller-Weiß";
    static final String POLISH = "Zofia Wiśniewska-Łukasik";
    static final String TURKISH = "Ayşe Yılmaz Öztürk";
    static final String ARABIC = "محمد العلي";
    static final String SOMALI = "Faadumo Cabdi Maxamed";

    private ExampleDocuments() {}

    /** One sample per kind. */
    public static MeetingDocument of(DocumentKind kind) {
        return switch (kind) {
            case AGENDA_REQUEST ->
                MeetingDocument.of(kind, "Forældremøde")
                        .school("Demoskolen")
                        .classCode("5.A")
                        .date(LocalDate.of(2026, 9, 24))
                        .time(LocalTime.of(19, 0), LocalTime.of(21, 0))
                        .place("Klasselokalet, 5.A")
                        .participants(List.of(p("Klasseforældrerådet", "modtager", true)))
                        .agenda(List.of(
                                new MeetingDocument.AgendaItem(
                                        "Årsplan for 5.A", "Skole-hjem-samtaler, projektuge og emneuger."),
                                new MeetingDocument.AgendaItem(
                                        "Aftaler om kommunikation", "Mellem skole og hjem og forældre imellem.")))
                        .notes("Send jeres ønsker til dagsordenen senest torsdag den 10. september 2026.")
                        .build();
            case INVITATION ->
                MeetingDocument.of(kind, "Forældremøde")
                        .school("Demoskolen")
                        .classCode("5.A")
                        .date(LocalDate.of(2026, 9, 24))
                        .time(LocalTime.of(19, 0), LocalTime.of(21, 0))
                        .place("Klasselokalet, 5.A")
                        .participants(List.of(p("Mette Kjærgaard", "lærer", true), p(DANISH, "kontaktforælder", true)))
                        .agenda(standardAgenda(false))
                        .notes("Alle forældre med forældremyndighed er inviteret. Der er kaffe og kage.")
                        .build();
            case MINUTES -> minutes();
            case CONSENT_RECORD ->
                MeetingDocument.of(kind, "Samtykke til PPR")
                        .school("Demoskolen")
                        .classCode("5.A")
                        .student(ARABIC)
                        .date(LocalDate.of(2027, 1, 12))
                        .time(LocalTime.of(8, 15), null)
                        .place("Telefon")
                        .participants(
                                List.of(p("فاطمة العلي", "forælder", true), p("Birgitte Åkesson", "skoleleder", true)))
                        .agenda(List.of(new MeetingDocument.AgendaItem(
                                "Samtykke",
                                "Forældrene giver samtykke til, at PPR inddrages. "
                                        + "Der deles skolens beskrivelse af barnets trivsel og læring.")))
                        .build();
            case ACTION_PLAN ->
                MeetingDocument.of(kind, "Netværksmøde")
                        .school("Demoskolen")
                        .classCode("5.A")
                        .student(TURKISH)
                        .date(LocalDate.of(2027, 2, 3))
                        .time(LocalTime.of(13, 0), LocalTime.of(14, 30))
                        .place("Mødelokale 2")
                        .participants(List.of(
                                p(TURKISH, "elev", true),
                                p("Emine Yılmaz", "forælder", true),
                                p("Jens Præstø", "PPR-psykolog", true),
                                p("Birgitte Åkesson", "skoleleder", true)))
                        .agenda(List.of(new MeetingDocument.AgendaItem(
                                "Mål", "Ayşe deltager i frikvartererne og siger til, når noget er svært.")))
                        .agreements(List.of(
                                new MeetingDocument.Agreement(
                                        "Klasseteamet",
                                        "Fast voksen i frikvarteret tirsdag og torsdag",
                                        LocalDate.of(2027, 2, 10)),
                                new MeetingDocument.Agreement(
                                        "PPR", "Observation i klassen", LocalDate.of(2027, 2, 24))))
                        .nextFocus("Trivsel i frikvartererne")
                        .nextMeeting("Opfølgning onsdag den 3. marts 2027 kl. 13.00")
                        .build();
            case YEAR_SUMMARY ->
                MeetingDocument.of(kind, "Skoleåret 2026-27")
                        .school("Demoskolen")
                        .classCode("5.A")
                        .date(LocalDate.of(2027, 7, 31))
                        .agenda(yearSummary())
                        .build();
        };
    }

    /** A message book year with two entries, as the guardians download it. */
    static byte[] messageBook(java.time.Instant created) {
        var year = new dk.skolehjem.calendar.SchoolYear(2026);
        var conference = new dk.skolehjem.messagebook.MessageBookEntry(
                "1",
                "demo",
                "e5a01",
                "2026-27",
                LocalDate.of(2026, 11, 3),
                dk.skolehjem.messagebook.EntrySource.CONFERENCE,
                "Faadumo er nysgerrig og hjælper andre i gruppearbejde.",
                List.of(
                        new dk.skolehjem.messagebook.MessageBookEntry.Goal(
                                dk.skolehjem.messagebook.SubjectArea.DANSK, "Læser en kapitelbog om måneden"),
                        new dk.skolehjem.messagebook.MessageBookEntry.Goal(
                                dk.skolehjem.messagebook.SubjectArea.SOCIALT, "Inviterer en ny makker med i leg")),
                List.of(new dk.skolehjem.messagebook.MessageBookEntry.Agreement(
                        "Forældrene", "Læser højt hver aften", LocalDate.of(2026, 12, 1))),
                "Målet om gangetabeller er nået.",
                "Brøker og procent",
                "Hodan Cabdi (forælder), Faadumo Cabdi Maxamed (elev), Klasseteamet (klasseteam)",
                true,
                LocalDate.of(2026, 11, 3),
                null,
                "laerer",
                created);
        var learning = new dk.skolehjem.messagebook.MessageBookEntry(
                "2",
                "demo",
                "e5a01",
                "2026-27",
                LocalDate.of(2027, 2, 10),
                dk.skolehjem.messagebook.EntrySource.LEARNING_CONVERSATION,
                "Viste sin fremlæggelse om vikinger med stor sikkerhed.",
                List.of(new dk.skolehjem.messagebook.MessageBookEntry.Goal(
                        dk.skolehjem.messagebook.SubjectArea.MATEMATIK, "Brøker i hverdagen")),
                List.of(),
                null,
                null,
                null,
                true,
                LocalDate.of(2027, 2, 10),
                null,
                "laerer",
                created);
        var completeness = new dk.skolehjem.messagebook.Completeness(
                "2026-27",
                5,
                List.of(),
                2,
                2,
                "Forældrene skal mindst to gange om året orienteres om elevens udbytte af skolegangen.");
        return dk.skolehjem.messagebook.MessageBookRenderer.render(
                "Demoskolen", SOMALI, "5.A", year, List.of(conference, learning), completeness, created);
    }

    public static MeetingDocument minutes() {
        return MeetingDocument.of(DocumentKind.MINUTES, "Skole-hjem-samtale")
                .school("Demoskolen")
                .classCode("5.A")
                .student(DANISH)
                .date(LocalDate.of(2026, 9, 3))
                .time(LocalTime.of(14, 0), LocalTime.of(14, 30))
                .place("Klasselokalet, 5.A")
                .participants(List.of(
                        p(DANISH, "elev", true),
                        p(GERMAN, "forælder", true),
                        p(POLISH, "forælder", false),
                        p(SOMALI, "tolk (somali)", true),
                        p(TURKISH, "pædagog", true),
                        p("Mette Kjærgaard", "lærer", true)))
                .agenda(List.of(
                        new MeetingDocument.AgendaItem(
                                "Hvordan går det?",
                                "Åse er glad for at gå i skole 🎉 og har fået nye venner i frikvarteret. "
                                        + "Hun nævner " + TURKISH + " og " + ARABIC + " som sine bedste venner. 𓀀"),
                        new MeetingDocument.AgendaItem(
                                "Evaluering af sidste mål", "Læsning: målet er nået. Matematik: brøker øves fortsat.")))
                .agreements(List.of(
                        new MeetingDocument.Agreement("Åse", "Læser 20 minutter hver dag", LocalDate.of(2026, 10, 1)),
                        new MeetingDocument.Agreement(GERMAN, "Øver gangetabeller med Åse", LocalDate.of(2026, 11, 1)),
                        new MeetingDocument.Agreement("Mette Kjærgaard", "Sender læseliste", null)))
                .nextFocus("Brøker og læselyst")
                .nextMeeting("Læringssamtale i februar 2027")
                .build();
    }

    /** Nothing filled in but the kind. */
    static MeetingDocument empty() {
        return MeetingDocument.of(DocumentKind.MINUTES, null).build();
    }

    /** About twenty pages: long texts, many rows, words longer than a line. */
    static MeetingDocument huge() {
        String longWord = "Skolehjemsamarbejdsprincipgennemførelsesevaluering".repeat(6);
        String paragraph = ("Vi talte om trivsel, læring og udvikling i klassen, og om hvordan skole og hjem sammen "
                        + "støtter barnet. " + longWord + " ")
                .repeat(12);
        List<MeetingDocument.AgendaItem> agenda = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            agenda.add(new MeetingDocument.AgendaItem("Punkt " + i + ": " + ARABIC + " og " + POLISH, paragraph));
        }
        List<MeetingDocument.Participant> people = new ArrayList<>();
        List<MeetingDocument.Agreement> agreements = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            people.add(p(TURKISH + " " + i, "forælder", i % 3 != 0));
            agreements.add(new MeetingDocument.Agreement(
                    GERMAN + " " + i,
                    paragraph.substring(0, 400) + longWord,
                    LocalDate.of(2027, 1, 1).plusDays(i)));
        }
        return MeetingDocument.of(DocumentKind.MINUTES, "Forældremøde")
                .school("Demoskolen")
                .classCode("5.A")
                .date(LocalDate.of(2026, 9, 24))
                .time(LocalTime.of(19, 0), LocalTime.of(21, 0))
                .place(longWord)
                .participants(people)
                .agenda(agenda)
                .agreements(agreements)
                .nextFocus(paragraph)
                .nextMeeting(paragraph)
                .notes(paragraph)
                .build();
    }

    private static List<MeetingDocument.AgendaItem> standardAgenda(boolean withNotes) {
        return List.of(
                new MeetingDocument.AgendaItem("Velkommen", withNotes ? "Kort præsentation." : null),
                new MeetingDocument.AgendaItem("Årsplan: skole-hjem-samtaler, projektarbejde og emneuger", null),
                new MeetingDocument.AgendaItem(
                        "Aftaler om kommunikation mellem skole og hjem og forældre imellem", null),
                new MeetingDocument.AgendaItem("Klasseforældrerådets punkter", null));
    }

    private static MeetingDocument.Participant p(String name, String role, boolean present) {
        return new MeetingDocument.Participant(name, role, present);
    }

    /**
     * The year summary's parts as {@code YearSummaryDocument} writes them, the principle's lines made by the same
     * code ({@code ClassCompliance.principleLines}) from a year of Smørum's 5.A: the meeting held, one student's
     * conference missed.
     */
    private static List<MeetingDocument.AgendaItem> yearSummary() {
        var policy = new dk.skolehjem.policy.PolicyRegistry("").get("distriktsskole-smorum");
        var meeting = policy.promise(dk.skolehjem.policy.Promised.PARENT_MEETING_PER_YEAR)
                .orElseThrow();
        var conference =
                policy.promise(dk.skolehjem.policy.Promised.CONFERENCE_PER_YEAR).orElseThrow();
        LocalDate end = LocalDate.of(2027, 7, 31);
        List<dk.skolehjem.compliance.Check> checks = new ArrayList<>();
        checks.add(new dk.skolehjem.compliance.Check(
                dk.skolehjem.policy.Promised.PARENT_MEETING_PER_YEAR,
                meeting,
                "Forældremøde holdt",
                null,
                null,
                end,
                null,
                LocalDate.of(2026, 9, 24),
                "laerer",
                dk.skolehjem.compliance.Status.KEPT,
                "Mødet begyndte 24. september 2026",
                "Skolens praksis: senest 31. oktober 2026"));
        String[][] students = {{"e1", "Clara Hansen"}, {"e2", "Agnes Bøgh"}, {"e3", "Noah Jensen"}};
        for (int i = 0; i < students.length; i++) {
            boolean held = i < 2;
            checks.add(new dk.skolehjem.compliance.Check(
                    dk.skolehjem.policy.Promised.CONFERENCE_PER_YEAR,
                    conference,
                    "Skole-hjem-samtale holdt",
                    students[i][0],
                    students[i][1],
                    end,
                    null,
                    held ? LocalDate.of(2026, 11, 9) : null,
                    held ? "laerer" : null,
                    held ? dk.skolehjem.compliance.Status.KEPT : dk.skolehjem.compliance.Status.MISSED,
                    held ? "Samtalen holdt 9. november 2026" : null,
                    "Skolens praksis: mellem 15. september 2026 og 15. december 2026"));
        }
        var year = new dk.skolehjem.compliance.ClassCompliance("5.A", checks);
        return List.of(
                new MeetingDocument.AgendaItem(
                        "Møder og samtaler i året",
                        "24. september 2026: Referat – Forældremøde\n9. november 2026: Referat – Skole-hjem-samtale"),
                new MeetingDocument.AgendaItem("Princippet punkt for punkt", String.join("\n", year.principleLines())),
                new MeetingDocument.AgendaItem(
                        "Elev for elev",
                        "Clara Hansen: orienteret 1 gang(e)\nAgnes Bøgh: orienteret 1 gang(e)\n"
                                + "Noah Jensen: orienteret 0 gang(e)"),
                new MeetingDocument.AgendaItem(
                        "Ikke afsluttet ved skoleårets slutning",
                        "Book samtaletid – Noah Jensen, 5.A: åben siden 1. oktober 2026, frist 15. oktober 2026"));
    }

    /** The minutes as the document step reads them from its process variable. */
    public static String minutesAsVariable() {
        try {
            return WriteDocumentDelegate.JSON.writeValueAsString(minutes());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
