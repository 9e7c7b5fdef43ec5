package dk.skolehjem.policy;

import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A policy in plain Danish, one line per setting, each marked as the board's promise (with its words) or the
 * school's practice: what a parent, a teacher or a board member reads to see what the principle itself says.
 */
public final class PolicyDescription {

    private static final Locale DANISH = Locale.forLanguageTag("da-DK");

    /** One setting: what it says, and the promise that keeps it (null: the school's practice). */
    public record Line(String text, SchoolPolicy.Promise promise) {

        public boolean promised() {
            return promise != null;
        }
    }

    /** A part of the year (parent meetings, conferences, ...) and its settings. */
    public record Part(String heading, List<Line> lines) {}

    private PolicyDescription() {}

    public static List<Part> of(SchoolPolicy p) {
        List<Part> parts = new ArrayList<>();
        parts.add(meetings(p));
        parts.add(conferences(p));
        List<Line> talks = new ArrayList<>();
        talks.add(
                p.needsTalk().enabled()
                        ? line(
                                p,
                                Promised.NEEDS_TALK,
                                "Skolen tilbyder alle familier en behovssamtale fra "
                                        + day(p.needsTalk().offerOn()))
                        : new Line(
                                "Ingen fast behovssamtale til alle; forældre og klasseteam kan altid bede om en samtale",
                                null));
        if (p.learningConversation().enabled()) {
            talks.add(line(p, Promised.LEARNING_CONVERSATION, "Hver elev har en elevstyret læringssamtale"));
            talks.add(line(
                    p,
                    Promised.LEARNING_WINDOW,
                    "Læringssamtalerne holdes mellem "
                            + day(p.learningConversation().window().from()) + " og "
                            + day(p.learningConversation().window().to())));
        }
        parts.add(new Part("Behovssamtaler og læringssamtaler", talks));
        List<Line> weekly = new ArrayList<>();
        if (p.weeklyPlan().enabled()) {
            weekly.add(line(p, Promised.WEEKLY_PLAN, "Klasseteamet laver en ugeplan for hver skoleuge"));
            weekly.add(line(
                    p,
                    Promised.WEEKLY_PLAN_DUE,
                    "Ugeplanen er tilgængelig for elever og forældre senest "
                            + p.weeklyPlan().dueDay().getDisplayName(TextStyle.FULL, DANISH) + " kl. "
                            + p.weeklyPlan().dueTime()));
        } else {
            weekly.add(new Line("Skole-hjem bruges ikke til ugeplaner", null));
        }
        if (p.informedPerYear() > 0) {
            weekly.add(line(
                    p,
                    Promised.INFORMED_PER_YEAR,
                    "Forældrene orienteres om elevens udbytte mindst " + times(p.informedPerYear())
                            + " om året i meddelelsesbogen"));
        }
        parts.add(new Part("Ugeplan og orientering", weekly));
        return parts;
    }

    /**
     * One part of the year in a sentence for a form's introduction: "Skolens princip og praksis: Mindst ét
     * forældremøde om året (princippet); ... (skolens praksis)."; empty when the policy has no such part.
     */
    public static String summary(SchoolPolicy p, String heading) {
        return of(p).stream()
                .filter(part -> part.heading().equals(heading))
                .findFirst()
                .map(part -> "Skolens princip og praksis: "
                        + String.join(
                                "; ",
                                part.lines().stream()
                                        .map(l -> l.text() + (l.promised() ? " (princippet)" : " (skolens praksis)"))
                                        .toList())
                        + ".")
                .orElse("");
    }

    /** The heading of the parent meetings' part. */
    public static final String MEETINGS = "Forældremøder";

    /** The heading of the conferences' part. */
    public static final String CONFERENCES = "Skole-hjem-samtaler";

    private static Part meetings(SchoolPolicy p) {
        SchoolPolicy.ParentMeeting m = p.parentMeeting();
        List<Line> lines = new ArrayList<>();
        if (!m.enabled()) {
            lines.add(new Line("Skolen holder ikke forældremøder gennem Skole-hjem", null));
            return new Part("Forældremøder", lines);
        }
        lines.add(line(p, Promised.PARENT_MEETING_PER_YEAR, "Mindst " + meetings(m.perYear()) + " om året"));
        lines.add(
                line(p, Promised.PARENT_MEETING_HELD_BY, "Årets første forældremøde holdes senest " + day(m.heldBy())));
        for (int i = 1; i < m.dueDates().size(); i++) {
            lines.add(new Line(
                    (i + 1) + ". forældremøde holdes senest " + day(m.dueDates().get(i)), null));
        }
        lines.add(
                line(
                        p,
                        Promised.YEAR_PLAN,
                        "Klasseteamet fremlægger årets plan (samtaler, projektarbejde, emneuger) på årets første forældremøde"));
        if (m.councilAgendaRequest()) {
            lines.add(line(
                    p, Promised.COUNCIL_AGENDA_REQUEST, "Klasseforældrerådet bliver spurgt om ønsker til dagsordenen"));
        }
        if (m.agreeDateWithContactParents()) {
            lines.add(line(
                    p,
                    Promised.DATE_WITH_CONTACT_PARENTS,
                    "Dato, tidspunkt og varighed aftales med kontaktforældrene"));
        }
        if (!m.communicationAgreements().isEmpty()) {
            lines.add(line(
                    p,
                    Promised.COMMUNICATION_AGREEMENTS,
                    "Aftalerne om kommunikationen er et fast punkt på dagsordenen"));
        }
        if (!m.themes().isEmpty()) {
            lines.add(line(p, Promised.MEETING_THEMES, "Faste temaer: " + String.join(", ", m.themes())));
        }
        if (m.supplementaryEvents()) {
            lines.add(line(
                    p,
                    Promised.SUPPLEMENTARY_EVENTS,
                    "Klassen holder også arrangementer med forældrene; de står i årsplanen"));
        }
        return new Part("Forældremøder", lines);
    }

    private static Part conferences(SchoolPolicy p) {
        SchoolPolicy.Conference c = p.conference();
        List<Line> lines = new ArrayList<>();
        if (!c.enabled()) {
            lines.add(new Line("Skolen holder ikke skole-hjem-samtaler gennem Skole-hjem", null));
            return new Part("Skole-hjem-samtaler", lines);
        }
        lines.add(line(p, Promised.CONFERENCE_PER_YEAR, times(c.perYear()) + " om året for hver elev"));
        lines.add(line(
                p,
                Promised.CONFERENCE_WINDOW,
                "Samtalerne holdes mellem " + day(c.window().from()) + " og "
                        + day(c.window().to())));
        lines.add(line(
                p,
                Promised.CONFERENCE_FORMATS,
                "Former: "
                        + String.join(
                                ", ",
                                c.formats().stream()
                                        .map(f -> ConferenceFormat.of(f)
                                                .map(ConferenceFormat::label)
                                                .orElse(f))
                                        .toList())));
        lines.add(line(
                p,
                Promised.CONFERENCE_STUDENT,
                c.student() == SchoolPolicy.StudentPart.ALWAYS
                        ? "Eleven deltager i samtalen"
                        : "Eleven deltager efter behov"));
        return new Part("Skole-hjem-samtaler", lines);
    }

    private static Line line(SchoolPolicy p, Promised setting, String text) {
        return new Line(text, p.promise(setting).orElse(null));
    }

    private static String meetings(Integer n) {
        return n == null || n == 1 ? "ét forældremøde" : n + " forældremøder";
    }

    private static String times(Integer n) {
        return n == null || n == 1 ? "Én gang" : n + " gange";
    }

    /** "31. oktober": a date in every school year. */
    public static String day(MonthDay md) {
        return md.getDayOfMonth() + ". " + md.getMonth().getDisplayName(TextStyle.FULL, DANISH);
    }
}
