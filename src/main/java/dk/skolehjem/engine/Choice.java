package dk.skolehjem.engine;

/**
 * One choice a form field offers: the value stored on the process and its Danish label. Code lists are enums that
 * implement this, so a choice's value and label are written once, in Java, and fill the form when it is deployed.
 */
public interface Choice {

    String value();

    String label();

    /** A choice written in the form file itself (ja/nej, the concern levels), where no code list fills the field. */
    record Option(String value, String label) implements Choice {}
}
