package dk.skolehjem.compliance;

/** Where one promise stands for one class or student: the words a leader and a school board read. */
public enum Status {
    KEPT("Holdt", "ok"),
    LATE("Holdt for sent", "sent"),
    MISSED("Ikke holdt", "mangler"),
    NOT_YET_DUE("Ikke forfalden endnu", "senere");

    private final String danish;
    private final String css;

    Status(String danish, String css) {
        this.danish = danish;
        this.css = css;
    }

    public String danish() {
        return danish;
    }

    /** The page's colour class for the status. */
    public String css() {
        return css;
    }
}
