package dk.skolehjem.concern;

import dk.skolehjem.engine.Choice;

/** Leadership's next step when the guardians did not consent to PPR; the BPMN's gateway reads the value. */
enum NoConsentStep implements Choice {
    NYT_MOEDE("nyt-moede", "Nyt møde med forældrene og ledelsen"),
    LUK("luk", "Sagen lukkes");

    private final String value;
    private final String label;

    NoConsentStep(String value, String label) {
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
