package dk.skolehjem.messagebook;

/** Where a message book entry came from. */
public enum EntrySource {
    CONFERENCE("Skole-hjem-samtale"),
    LEARNING_CONVERSATION("Læringssamtale"),
    NEEDS_TALK("Behovssamtale"),
    CONCERN("Bekymring"),
    OTHER("Andet");

    private final String danish;

    EntrySource(String danish) {
        this.danish = danish;
    }

    public String danish() {
        return danish;
    }
}
