package dk.skolehjem.notification;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Test aid: the notification port of the process tests, keeping every message for the test to read back. */
public final class SentNotifications implements NotificationPort {

    private final List<Notification> sent = new CopyOnWriteArrayList<>();

    @Override
    public void send(Notification notification) {
        sent.add(notification);
    }

    public List<Notification> all() {
        return List.copyOf(sent);
    }

    public void clear() {
        sent.clear();
    }
}
