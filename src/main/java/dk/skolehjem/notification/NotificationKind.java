package dk.skolehjem.notification;

/** Why someone is told something; decides the template the e-mail will use. */
public enum NotificationKind {
    NEW_TASK,
    REMINDER,
    BOOKING_CONFIRMED,
    /** A family changed or cancelled its booked time; the class team is told. */
    BOOKING_CHANGED,
    INVITATION,
    MINUTES_READY,
    /** The class's weekly plan is published (R1: to students and guardians by Friday afternoon). */
    WEEKLY_PLAN,
    LOGIN_LINK,
    /** Leadership's week: what is late, what is about to be missed, what waits (one message a week). */
    LEADERSHIP_DIGEST
}
