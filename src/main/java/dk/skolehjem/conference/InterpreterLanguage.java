package dk.skolehjem.conference;

import dk.skolehjem.engine.Choice;

/**
 * The languages a family can ask for an interpreter in (L8), in the booking forms of conferences and learning
 * conversations: the school orders an adult interpreter for one of these.
 */
enum InterpreterLanguage implements Choice {
    ARABISK("arabisk", "Arabisk"),
    DARI("dari", "Dari"),
    ENGELSK("engelsk", "Engelsk"),
    FARSI("farsi", "Farsi"),
    KURDISK("kurdisk", "Kurdisk"),
    PASHTO("pashto", "Pashto"),
    POLSK("polsk", "Polsk"),
    RUMAENSK("rumænsk", "Rumænsk"),
    SOMALI("somali", "Somali"),
    TIGRINYA("tigrinya", "Tigrinya"),
    TYRKISK("tyrkisk", "Tyrkisk"),
    UKRAINSK("ukrainsk", "Ukrainsk"),
    URDU("urdu", "Urdu"),
    VIETNAMESISK("vietnamesisk", "Vietnamesisk"),
    ANDET("andet", "Andet");

    private final String value;
    private final String label;

    InterpreterLanguage(String value, String label) {
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
