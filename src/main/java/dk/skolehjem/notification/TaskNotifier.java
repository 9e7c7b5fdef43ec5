package dk.skolehjem.notification;

import dk.skolehjem.calendar.DanishDates;
import dk.skolehjem.engine.ActingUser;
import dk.skolehjem.engine.EveryUserTask;
import dk.skolehjem.engine.FamilyLanes;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * "Ny opgave til dig": a task given to named people (a family's task, or a task assigned to someone) tells them by
 * e-mail, once. Tasks for a whole group (a class team) are not mailed: the team works from Tasklist's filters, and
 * one mail per task to a whole staff would be exactly the flood parents and teachers complain about. Nobody is
 * told about a task they made themselves.
 */
@Component
@Order(2)
public class TaskNotifier implements EveryUserTask {

    static final String TASKLIST = "/camunda/app/tasklist/default/#/?task=";

    /** A family's task opens on "Mit barn", never in Tasklist. */
    static final String MIT_BARN = "/foraeldre/opgave/";

    private final NotificationPort port;

    TaskNotifier(NotificationPort port) {
        this.port = port;
    }

    @Override
    public Set<String> events() {
        return Set.of(EVENTNAME_CREATE, EVENTNAME_ASSIGNMENT);
    }

    @Override
    public void notify(DelegateTask task) {
        Set<String> people = new LinkedHashSet<>();
        if (EVENTNAME_CREATE.equals(task.getEventName())) {
            for (IdentityLink link : task.getCandidates()) {
                if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
                    people.add(link.getUserId());
                }
            }
            if (task.getAssignee() != null) {
                people.add(task.getAssignee());
            }
        } else if (EVENTNAME_ASSIGNMENT.equals(task.getEventName()) && task.getAssignee() != null) {
            people.add(task.getAssignee());
        }
        ActingUser.id().ifPresent(people::remove);
        String due = task.getDueDate() == null
                ? ""
                : " Frist: "
                        + DanishDates.full(task.getDueDate()
                                .toInstant()
                                .atZone(DanishDates.ZONE)
                                .toLocalDate()) + ".";
        boolean family = FamilyLanes.tasks(task.getBpmnModelInstance()).contains(task.getTaskDefinitionKey());
        String link = (family ? MIT_BARN : TASKLIST) + task.getId();
        for (String person : people) {
            port.send(new Notification(
                    person,
                    NotificationKind.NEW_TASK,
                    "Ny opgave: " + task.getName(),
                    "Du har fået en opgave i Skole-hjem: " + task.getName()
                            + (task.getName().matches(".*[.?!]$") ? "" : ".") + due,
                    link,
                    task.getProcessInstanceId(),
                    null));
        }
    }
}
