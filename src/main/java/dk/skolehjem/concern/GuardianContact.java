package dk.skolehjem.concern;

import dk.skolehjem.engine.Choice;

/** How the team talked with the guardians at level 1: by phone or at a meeting, never in messages (R13). */
enum GuardianContact implements Choice {
    TELEFON("telefon", "I telefon"),
    MOEDE("moede", "På et møde");

    private final String value;
    private final String label;

    GuardianContact(String value, String label) {
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
