package dk.skolehjem.engine;

/**
 * Where a process keeps the time and place of the meeting it arranges, so the parent page's calendar and the booking
 * e-mail's calendar file read it without naming the process's variables: {@code what} is the meeting's Danish name,
 * {@code startVariable} a date, {@code placeVariable} a text, {@code minutesVariable} its length in minutes (null when
 * the process keeps none), {@code wholeClass} whether the meeting is for the class (an instance per class, shown to
 * every family) rather than for one child.
 */
public record MeetingTimePlace(
        String what, String startVariable, String placeVariable, String minutesVariable, boolean wholeClass) {}
