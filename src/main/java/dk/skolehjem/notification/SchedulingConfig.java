package dk.skolehjem.notification;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox is looked through on a schedule ({@link OutboxSender#poll()}). */
@Configuration
@EnableScheduling
class SchedulingConfig {}
