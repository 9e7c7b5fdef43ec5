package dk.skolehjem.parentmeeting;

/** Which of the year's parent meetings a process is about: the school year starts one per meeting the policy asks. */
final class ParentMeetings {

    private ParentMeetings() {}

    /** The meeting's number in the year, 1 for the first (and when a process was started without one). */
    static int number(Object value) {
        if (value instanceof Number n && n.intValue() > 0) {
            return n.intValue();
        }
        return 1;
    }
}
