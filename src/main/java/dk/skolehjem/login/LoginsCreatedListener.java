package dk.skolehjem.login;

import dk.skolehjem.roster.LoginsCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Everyone the roster import gives a login (guardians with custody, staff) gets a first-login link, in the same transaction. */
@Component
class LoginsCreatedListener {

    private final LoginLinks links;

    LoginsCreatedListener(LoginLinks links) {
        this.links = links;
    }

    @EventListener
    void on(LoginsCreated event) {
        event.userIds().forEach(links::issue);
    }
}
