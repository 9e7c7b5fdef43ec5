package dk.skolehjem.engine;

import java.util.List;

/**
 * One input field of a Camunda Form as the server checks it: key, label, whether it is required, its length or
 * range, and its choices, all read from the {@code .form} file. {@code conditional}: the form shows it only under a
 * condition (a FEEL expression the browser evaluates), so whether it is needed is for the form's rule to say.
 * {@code valuesKey}: the variable a checklist, radio or select takes its choices from, or null.
 */
public record FormField(
        String key,
        String label,
        Kind kind,
        boolean required,
        int maxLength,
        Long min,
        Long max,
        List<Choice> choices,
        boolean conditional,
        boolean readonly,
        String valuesKey) {

    /** How the server reads an answer. */
    public enum Kind {
        /** A textfield or textarea, or a choice whose options come from a variable ({@code valuesKey}). */
        TEXT,
        NUMBER,
        DATE,
        TIME,
        /** A checkbox: yes or no as a yes/no value. */
        CHECKBOX,
        /** A radio or select with the choices "ja" and "nej", read as yes or no. */
        YES_NO,
        /** A radio or select with fixed choices: the form's own or a code list's. */
        CHOICE,
        /** A checklist: the values ticked, from its own choices or the variable its {@code valuesKey} names. */
        CHECKLIST
    }

    public FormField {
        choices = List.copyOf(choices);
    }
}
