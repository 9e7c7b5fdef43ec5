package dk.skolehjem.concern;

import dk.skolehjem.engine.EngineDates;
import dk.skolehjem.engine.FormAnswers;
import java.time.LocalDate;

/** The date a concern is followed up, as several of its forms ask for it: from tomorrow to a year ahead, at 08:00. */
final class ConcernFollowUpDate {

    private ConcernFollowUpDate() {}

    static void set(FormAnswers answers, String key) {
        LocalDate day = answers.requiredDate(key);
        if (!day.isAfter(EngineDates.today()) || day.isAfter(EngineDates.today().plusYears(1))) {
            throw answers.refused(key, "skal være en dato mellem i morgen og om et år.");
        }
        answers.set("followUpAt", EngineDates.at(day.atTime(8, 0)));
    }
}
