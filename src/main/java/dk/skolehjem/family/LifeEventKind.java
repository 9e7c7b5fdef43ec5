package dk.skolehjem.family;

import dk.skolehjem.engine.Choice;

/** The big changes a family tells the school about (R15): the code list of the start form and the parent page. */
enum LifeEventKind implements Choice {
    SKILSMISSE("skilsmisse", "Skilsmisse eller samlivsophør"),
    DOEDSFALD("doedsfald", "Dødsfald blandt nære"),
    SYGDOM("sygdom", "Alvorlig sygdom"),
    ANDET("andet", "Andet");

    private final String value;
    private final String label;

    LifeEventKind(String value, String label) {
        this.value = value;
        this.label = label;
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public String label() {
        return label;
    }
}
