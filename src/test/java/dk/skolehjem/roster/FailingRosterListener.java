package dk.skolehjem.roster;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Test aid: fails the import of the school "rollbackskole" at its very end (after the roster tables, logins and
 * groups have been written), to prove that the import is one transaction.
 */
@Component
class FailingRosterListener {

    static final String SCHOOL = "rollbackskole";

    @EventListener
    void onRosterChanged(RosterChanged event) {
        if (event.schoolIds().contains(SCHOOL)) {
            throw new IllegalStateException("Testfejl efter skrivning af " + SCHOOL);
        }
    }
}
