package dk.skolehjem.minutes;

/** The kinds of document a meeting step can produce, with their Danish title and file-name word. */
public enum DocumentKind {
    AGENDA_REQUEST("Ønsker til dagsorden", "oensker-til-dagsorden"),
    INVITATION("Indkaldelse med dagsorden", "indkaldelse"),
    MINUTES("Referat", "referat"),
    CONSENT_RECORD("Samtykke", "samtykke"),
    ACTION_PLAN("Handleplan", "handleplan"),
    YEAR_SUMMARY("Årsoversigt", "aarsoversigt");

    private final String title;
    private final String slug;

    DocumentKind(String title, String slug) {
        this.title = title;
        this.slug = slug;
    }

    public String title() {
        return title;
    }

    public String slug() {
        return slug;
    }
}
