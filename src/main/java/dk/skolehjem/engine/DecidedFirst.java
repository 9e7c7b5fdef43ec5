package dk.skolehjem.engine;

import java.util.Map;

/**
 * A family answer the database decides at once (a booking: one UPDATE finds the time free or not), so a burst of
 * families costs one short transaction each and the engine completes their tasks afterwards ({@link ReceivedAnswers}).
 * The package that owns the process says which tasks it decides, decides, and undoes a decision whose task could not
 * be completed after all.
 */
public interface DecidedFirst {

    /** What was decided: a Danish line for the family's receipt, and what undoing it needs (the decider's own words). */
    record Decision(String receipt, String undo) {}

    /** Whether this task's answer is decided here; {@code variables} are the task's. */
    boolean decides(FamilyTask task, Map<String, Object> variables);

    /**
     * Decides in the answer's own short transaction; refused in Danish ({@link FormInput#refused}) when another family
     * was faster, and then nothing is kept.
     */
    Decision decide(FamilyTask task, Map<String, Object> variables, String personId, Map<String, Object> answers);

    /** Undoes {@code undo} (from a {@link Decision} of this bean; others are ignored): the task closed without it. */
    void undo(String undo);
}
