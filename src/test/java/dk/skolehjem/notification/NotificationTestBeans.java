package dk.skolehjem.notification;

import dk.skolehjem.roster.RosterRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Test aid: the real notification step in front of a port the test chooses (e.g. a list it reads back). */
public final class NotificationTestBeans {

    private NotificationTestBeans() {
    }

    public static JavaDelegate notifyDelegate(NotificationPort port, RosterRepository roster, IdentityService identity) {
        return new NotifyDelegate(port, roster, identity, null);
    }
}
