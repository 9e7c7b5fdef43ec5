package dk.skolehjem.family;

import dk.skolehjem.engine.Choice;

/** The team's answer to a wish to visit the class (R16); the BPMN's gateways read the value. */
enum VisitAnswer implements Choice {
    ACCEPT("accept", "Velkommen den ønskede dag"),
    PROPOSE("propose", "Foreslå en anden dag"),
    DECLINE("decline", "Ikke lige nu (skriv hvorfor)");

    private final String value;
    private final String label;

    VisitAnswer(String value, String label) {
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
