package dk.skolehjem.policy;

import java.util.Arrays;
import java.util.Optional;

/**
 * The settings of a policy a promise can keep ({@code keeps:} in the YAML): the vocabulary in which a principle's
 * words become something the product enforces, and the only places where it may say "princippet siger".
 */
public enum Promised {
    YEAR_PLAN("yearPlan", "klassens årsplan fremlægges på årets første forældremøde"),
    PARENT_MEETING("parentMeeting", "der holdes forældremøde"),
    PARENT_MEETING_PER_YEAR("parentMeeting.perYear", "antal forældremøder om året"),
    PARENT_MEETING_HELD_BY("parentMeeting.heldBy", "hvornår årets første forældremøde senest holdes"),
    COUNCIL_AGENDA_REQUEST("parentMeeting.councilAgendaRequest", "klasseforældrerådet spørges om dagsordenen"),
    DATE_WITH_CONTACT_PARENTS(
            "parentMeeting.agreeDateWithContactParents", "dato, tid og varighed aftales med kontaktforældrene"),
    COMMUNICATION_AGREEMENTS("parentMeeting.communicationAgreements", "kommunikationsaftalerne er et fast punkt"),
    MEETING_THEMES("parentMeeting.themes", "faste temaer på forældremøderne"),
    SUPPLEMENTARY_EVENTS("parentMeeting.supplementaryEvents", "arrangementer ud over forældremøderne"),
    CONFERENCE("conference", "der holdes skole-hjem-samtaler"),
    CONFERENCE_PER_YEAR("conference.perYear", "antal skole-hjem-samtaler om året"),
    CONFERENCE_WINDOW("conference.window", "hvornår på året samtalerne holdes"),
    CONFERENCE_FORMATS("conference.formats", "samtalernes former"),
    CONFERENCE_STUDENT("conference.student", "elevens deltagelse i samtalen"),
    NEEDS_TALK("needsTalk", "skolen tilbyder alle en behovssamtale"),
    LEARNING_CONVERSATION("learningConversation", "der holdes læringssamtaler"),
    LEARNING_WINDOW("learningConversation.window", "hvornår læringssamtalerne holdes"),
    WEEKLY_PLAN("weeklyPlan", "der udarbejdes en ugeplan"),
    WEEKLY_PLAN_DUE("weeklyPlan.due", "hvornår ugeplanen er tilgængelig"),
    INFORMED_PER_YEAR("informing.perYear", "hvor ofte forældrene orienteres om udbyttet");

    private final String key;
    private final String danish;

    Promised(String key, String danish) {
        this.key = key;
        this.danish = danish;
    }

    /** As written in the policy file. */
    public String key() {
        return key;
    }

    /** What the setting is about, for people. */
    public String danish() {
        return danish;
    }

    public static Optional<Promised> of(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
