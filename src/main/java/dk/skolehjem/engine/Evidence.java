package dk.skolehjem.engine;

/**
 * How to tell from a process's history that something the principle promises happened: an instance of the process
 * passed {@code activityId} (completed, not cancelled; or merely began it, {@code whenStarted}), and so {@code what}
 * happened then, for the class or, when the business key names one, for the student. With {@code confirmedBy}, it
 * counts only in an instance that later passed that step too (a conference is held when its record says the family
 * came), at the last time before it. Declared by the process's own module, so compliance never names element ids.
 */
public record Evidence(Occurrence.What what, String activityId, String confirmedBy, boolean whenStarted) {

    /** {@code what} happened when an instance completed {@code activityId}. */
    public static Evidence passed(Occurrence.What what, String activityId) {
        return new Evidence(what, activityId, null, false);
    }

    /** {@code what} happened when an instance reached {@code activityId}, however the step then ended. */
    public static Evidence started(Occurrence.What what, String activityId) {
        return new Evidence(what, activityId, null, true);
    }

    /** {@code what} happened at the last {@code activityId} before the instance passed {@code confirmedBy}. */
    public static Evidence passedIf(Occurrence.What what, String activityId, String confirmedBy) {
        return new Evidence(what, activityId, confirmedBy, false);
    }
}
