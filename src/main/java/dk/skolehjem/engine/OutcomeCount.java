package dk.skolehjem.engine;

import java.util.Map;

/**
 * What the year summary says about a process the school offers every family (R8): its Danish heading, the sentence
 * for a year without any, the words for the offers nobody wanted, and which end events mean what. The end event ids
 * stay with the process's module; the summary only counts.
 */
public record OutcomeCount(String title, String noneText, String declinedText, Map<String, Outcome> endEvents) {

    /** How a finished instance ended. */
    public enum Outcome {
        HELD,
        DECLINED
    }

    public OutcomeCount {
        endEvents = Map.copyOf(endEvents);
    }

    /** How an instance that ended at {@code endActivityId} came out; null for an end that is neither (cancelled). */
    public Outcome of(String endActivityId) {
        return endActivityId == null ? null : endEvents.get(endActivityId);
    }
}
