package dk.skolehjem.reminder;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;

/**
 * Puts {@link TaskDeadlineListener} on every user task of every deployed process, so no process can forget a
 * deadline. A task the person does at once (choosing which child a request is about) opts out in the BPMN with the
 * extension property {@code deadline = none}.
 */
public class TaskDeadlineParseListener extends AbstractBpmnParseListener {

    static final String OPT_OUT = "none";
    private static final Namespace CAMUNDA = new Namespace(BpmnParser.CAMUNDA_BPMN_EXTENSIONS_NS);

    private final TaskListener listener;

    public TaskDeadlineParseListener(TaskListener listener) {
        this.listener = listener;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (OPT_OUT.equals(property(userTaskElement, "deadline"))) {
            return;
        }
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                .addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
    }

    private static String property(Element element, String name) {
        Element extensions = element.element("extensionElements");
        Element properties = extensions == null ? null : extensions.elementNS(CAMUNDA, "properties");
        if (properties == null) {
            return null;
        }
        for (Element property : properties.elementsNS(CAMUNDA, "property")) {
            if (name.equals(property.attribute("name"))) {
                return property.attribute("value");
            }
        }
        return null;
    }
}
