package dk.skolehjem.notification;

/** The one way processes tell people something; the e-mail outbox plugs in here later. */
public interface NotificationPort {

    void send(Notification notification);
}
