package dk.skolehjem.notification;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Puts {@link TaskNotifier} on every user task (after the process's own listeners and the deadline). */
public class TaskNotificationParseListener extends AbstractBpmnParseListener {

    private final TaskListener notifier;

    public TaskNotificationParseListener(TaskListener notifier) {
        this.notifier = notifier;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addTaskListener(TaskListener.EVENTNAME_CREATE, notifier);
        definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, notifier);
    }
}
