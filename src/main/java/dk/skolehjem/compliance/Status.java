package dk.skolehjem.compliance;

/**
 * Where one promise stands for one class or student: the words a leader and a school board read. The board's counts
 * take {@link #BEHIND} as {@link #NOT_YET_DUE}, since the principle's own deadline has not passed.
 */
public enum Status {
    KEPT("Holdt", "ok"),
    LATE("Holdt for sent", "sent"),
    MISSED("Ikke holdt", "mangler"),
    NOT_YET_DUE("Ikke forfalden endnu", "senere"),
    /**
     * Not done, past the school's own date (its practice), while the principle's deadline (the year's end) is still
     * ahead: not a broken promise yet, but the signal a leader needs before it becomes one.
     */
    BEHIND("Over skolens egen frist", "bagud");

    private final String danish;
    private final String css;

    Status(String danish, String css) {
        this.danish = danish;
        this.css = css;
    }

    public String danish() {
        return danish;
    }

    /** As the board counts it: against the principle's deadline only. */
    public Status forTheBoard() {
        return this == BEHIND ? NOT_YET_DUE : this;
    }

    /** The page's colour class for the status. */
    public String css() {
        return css;
    }
}
