package dk.skolehjem.conference;

import dk.skolehjem.roster.RosterRepository;

/** Test aid: {@link ConferenceKeys} for process tests in other packages. */
public final class TestConferenceKeys extends ConferenceKeys {

    public TestConferenceKeys(RosterRepository roster) {
        super(roster);
    }
}
