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

    private ExampleDocuments() {
    }

    /** One sample per kind. */
    static MeetingDocument of(DocumentKind kind) {
        return switch (kind) {
            case AGENDA_REQUEST -> new MeetingDocument(kind, "Forældremøde", "Demoskolen", "5.A", null,
                    LocalDate.of(2026, 9, 24), LocalTime.of(19, 0), LocalTime.of(21, 0), "Klasselokalet, 5.A",
                    List.of(p("Klasseforældrerådet", "modtager", true)),
                    List.of(new MeetingDocument.AgendaItem("Årsplan for 5.A", "Skole-hjem-samtaler, projektuge og emneuger."),
                            new MeetingDocument.AgendaItem("Aftaler om kommunikation", "Mellem skole og hjem og forældre imellem.")),
                    List.of(), null, null, "Send jeres ønsker til dagsordenen senest torsdag den 10. september 2026.");
            case INVITATION -> new MeetingDocument(kind, "Forældremøde", "Demoskolen", "5.A", null,
                    LocalDate.of(2026, 9, 24), LocalTime.of(19, 0), LocalTime.of(21, 0), "Klasselokalet, 5.A",
                    List.of(p("Mette Kjærgaard", "lærer", true), p(DANISH, "kontaktforælder", true)),
                    standardAgenda(false), List.of(), null, null,
                    "Alle forældre med forældremyndighed er inviteret. Der er kaffe og kage.");
            case MINUTES -> minutes();
            case CONSENT_RECORD -> new MeetingDocument(kind, "Samtykke til PPR", "Demoskolen", "5.A", ARABIC,
                    LocalDate.of(2027, 1, 12), LocalTime.of(8, 15), null, "Telefon",
                    List.of(p("فاطمة العلي", "forælder", true), p("Birgitte Åkesson", "skoleleder", true)),
                    List.of(new MeetingDocument.AgendaItem("Samtykke", "Forældrene giver samtykke til, at PPR inddrages. "
                            + "Der deles skolens beskrivelse af barnets trivsel og læring.")),
                    List.of(), null, null, null);
            case ACTION_PLAN -> new MeetingDocument(kind, "Netværksmøde", "Demoskolen", "5.A", TURKISH,
                    LocalDate.of(2027, 2, 3), LocalTime.of(13, 0), LocalTime.of(14, 30), "Mødelokale 2",
                    List.of(p(TURKISH, "elev", true), p("Emine Yılmaz", "forælder", true),
                            p("Jens Præstø", "PPR-psykolog", true), p("Birgitte Åkesson", "skoleleder", true)),
                    List.of(new MeetingDocument.AgendaItem("Mål", "Ayşe deltager i frikvartererne og siger til, når noget er svært.")),
                    List.of(new MeetingDocument.Agreement("Klasseteamet", "Fast voksen i frikvarteret tirsdag og torsdag",
                                    LocalDate.of(2027, 2, 10)),
                            new MeetingDocument.Agreement("PPR", "Observation i klassen", LocalDate.of(2027, 2, 24))),
                    "Trivsel i frikvartererne", "Opfølgning onsdag den 3. marts 2027 kl. 13.00", null);
            case YEAR_SUMMARY -> new MeetingDocument(kind, "Skoleåret 2026-27", "Demoskolen", "5.A", null,
                    LocalDate.of(2027, 6, 25), null, null, null, List.of(),
                    List.of(new MeetingDocument.AgendaItem("Forældremøde", "Holdt torsdag den 24. september 2026."),
                            new MeetingDocument.AgendaItem("Skole-hjem-samtaler", "20 af 20 elever; forældre orienteret to gange: 19 af 20.")),
                    List.of(), null, null, null);
        };
    }

    /** A message book year with two entries, as the guardians download it. */
    static byte[] messageBook(java.time.Instant created) {
        var year = new dk.skolehjem.calendar.SchoolYear(2026);
        var conference = new dk.skolehjem.messagebook.MessageBookEntry("1", "demo", "e5a01", "2026-27",
                LocalDate.of(2026, 11, 3), dk.skolehjem.messagebook.EntrySource.CONFERENCE,
                "Faadumo er nysgerrig og hjælper andre i gruppearbejde.",
                List.of(new dk.skolehjem.messagebook.MessageBookEntry.Goal(dk.skolehjem.messagebook.SubjectArea.DANSK,
                                "Læser en kapitelbog om måneden"),
                        new dk.skolehjem.messagebook.MessageBookEntry.Goal(dk.skolehjem.messagebook.SubjectArea.SOCIALT,
                                "Inviterer en ny makker med i leg")),
                List.of(new dk.skolehjem.messagebook.MessageBookEntry.Agreement("Forældrene", "Læser højt hver aften",
                        LocalDate.of(2026, 12, 1))),
                "Målet om gangetabeller er nået.", true, LocalDate.of(2026, 11, 3), null, "laerer", created);
        var learning = new dk.skolehjem.messagebook.MessageBookEntry("2", "demo", "e5a01", "2026-27",
                LocalDate.of(2027, 2, 10), dk.skolehjem.messagebook.EntrySource.LEARNING_CONVERSATION,
                "Viste sin fremlæggelse om vikinger med stor sikkerhed.",
                List.of(new dk.skolehjem.messagebook.MessageBookEntry.Goal(dk.skolehjem.messagebook.SubjectArea.MATEMATIK,
                        "Brøker i hverdagen")), List.of(), null, true, LocalDate.of(2027, 2, 10), null, "laerer", created);
        var completeness = new dk.skolehjem.messagebook.Completeness("2026-27", 5, List.of(), 2);
        return dk.skolehjem.messagebook.MessageBookRenderer.render("Demoskolen", SOMALI, "5.A", year,
                List.of(conference, learning), completeness, created);
    }

    public static MeetingDocument minutes() {
        return new MeetingDocument(DocumentKind.MINUTES, "Skole-hjem-samtale", "Demoskolen", "5.A", DANISH,
                LocalDate.of(2026, 9, 3), LocalTime.of(14, 0), LocalTime.of(14, 30), "Klasselokalet, 5.A",
                List.of(p(DANISH, "elev", true), p(GERMAN, "forælder", true), p(POLISH, "forælder", false),
                        p(SOMALI, "tolk (somali)", true), p(TURKISH, "pædagog", true), p("Mette Kjærgaard", "lærer", true)),
                List.of(new MeetingDocument.AgendaItem("Hvordan går det?",
                                "Åse er glad for at gå i skole 🎉 og har fået nye venner i frikvarteret. "
                                        + "Hun nævner " + TURKISH + " og " + ARABIC + " som sine bedste venner. 𓀀"),
                        new MeetingDocument.AgendaItem("Evaluering af sidste mål",
                                "Læsning: målet er nået. Matematik: brøker øves fortsat.")),
                List.of(new MeetingDocument.Agreement("Åse", "Læser 20 minutter hver dag", LocalDate.of(2026, 10, 1)),
                        new MeetingDocument.Agreement(GERMAN, "Øver gangetabeller med Åse", LocalDate.of(2026, 11, 1)),
                        new MeetingDocument.Agreement("Mette Kjærgaard", "Sender læseliste", null)),
                "Brøker og læselyst", "Læringssamtale i februar 2027", null);
    }

    /** Nothing filled in but the kind. */
    static MeetingDocument empty() {
        return new MeetingDocument(DocumentKind.MINUTES, null, null, null, null, null, null, null, null,
                List.of(), List.of(), List.of(), null, null, null);
    }

    /** About twenty pages: long texts, many rows, words longer than a line. */
    static MeetingDocument huge() {
        String longWord = "Skolehjemsamarbejdsprincipgennemførelsesevaluering".repeat(6);
        String paragraph = ("Vi talte om trivsel, læring og udvikling i klassen, og om hvordan skole og hjem sammen "
                + "støtter barnet. " + longWord + " ").repeat(12);
        List<MeetingDocument.AgendaItem> agenda = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            agenda.add(new MeetingDocument.AgendaItem("Punkt " + i + ": " + ARABIC + " og " + POLISH, paragraph));
        }
        List<MeetingDocument.Participant> people = new ArrayList<>();
        List<MeetingDocument.Agreement> agreements = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            people.add(p(TURKISH + " " + i, "forælder", i % 3 != 0));
            agreements.add(new MeetingDocument.Agreement(GERMAN + " " + i, paragraph.substring(0, 400) + longWord,
                    LocalDate.of(2027, 1, 1).plusDays(i)));
        }
        return new MeetingDocument(DocumentKind.MINUTES, "Forældremøde", "Demoskolen", "5.A", null,
                LocalDate.of(2026, 9, 24), LocalTime.of(19, 0), LocalTime.of(21, 0), longWord, people, agenda,
                agreements, paragraph, paragraph, paragraph);
    }

    private static List<MeetingDocument.AgendaItem> standardAgenda(boolean withNotes) {
        return List.of(new MeetingDocument.AgendaItem("Velkommen", withNotes ? "Kort præsentation." : null),
                new MeetingDocument.AgendaItem("Årsplan: skole-hjem-samtaler, projektarbejde og emneuger", null),
                new MeetingDocument.AgendaItem("Aftaler om kommunikation mellem skole og hjem og forældre imellem", null),
                new MeetingDocument.AgendaItem("Klasseforældrerådets punkter", null));
    }

    private static MeetingDocument.Participant p(String name, String role, boolean present) {
        return new MeetingDocument.Participant(name, role, present);
    }
}
