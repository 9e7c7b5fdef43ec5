package dk.skolehjem.engine;

import java.time.LocalDate;
import java.util.LinkedHashMap;

/**
 * A family's booked meeting as "Mine bookinger" shows it: what, when, where and who will be there, the answers the
 * family gave when it booked (form label to text), and until which day it may change or cancel it. {@code ref} is
 * opaque to the portal; only the module that made it reads it.
 */
public record Booking(
        String process,
        String what,
        String when,
        String where,
        String who,
        LinkedHashMap<String, String> answers,
        LocalDate changeUntil,
        boolean changeable,
        String ref) {}
