package dk.skolehjem.concern;

import dk.skolehjem.engine.Choice;
import dk.skolehjem.engine.CodeList;

/**
 * What a concern is about: the code list the registration form, the parent page, the triage table and the case page
 * all read, so the values and their Danish labels are written only here.
 */
enum ConcernCategory implements Choice {
    TRIVSEL("trivsel", "Trivsel"),
    LAERING("laering", "Læring"),
    KONFLIKT("konflikt", "Konflikt med andre elever"),
    FRAVAER("fravaer", "Fravær"),
    ADFAERD("adfaerd", "Adfærd"),
    HJEMFORHOLD("hjemforhold", "Hjemmets situation"),
    ANDET("andet", "Andet");

    private final String value;
    private final String label;

    ConcernCategory(String value, String label) {
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

    /** The label of a stored value; the value itself if it is not (or no longer) in the list. */
    static String labelOf(String value) {
        return CodeList.constant(ConcernCategory.class, value)
                .map(ConcernCategory::label)
                .orElse(value);
    }
}
