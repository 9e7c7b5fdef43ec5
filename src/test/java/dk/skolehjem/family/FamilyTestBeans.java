package dk.skolehjem.family;

import dk.skolehjem.engine.FormCheckMocks;
import dk.skolehjem.roster.RosterRepository;
import org.camunda.bpm.engine.test.mock.Mocks;

/** Test aid: the beans that find the child a process is about, for process tests in other packages. */
public final class FamilyTestBeans {

    private FamilyTestBeans() {
    }

    public static void registerChildFinder(RosterRepository roster) {
        Mocks.register("findChildDelegate", new FindChildDelegate(roster));
        FormCheckMocks.register(new ChooseChildForm(roster));
    }
}
