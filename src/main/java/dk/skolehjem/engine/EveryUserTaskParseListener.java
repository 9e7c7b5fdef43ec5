package dk.skolehjem.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;

/** Puts each {@link EveryUserTask} on every user task as it is deployed, after the process's own listeners. */
class EveryUserTaskParseListener extends AbstractBpmnParseListener {

    private static final Namespace CAMUNDA = new Namespace(BpmnParser.CAMUNDA_BPMN_EXTENSIONS_NS);

    private final List<EveryUserTask> listeners;

    EveryUserTaskParseListener(List<EveryUserTask> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        Map<String, String> properties = properties(userTaskElement);
        for (EveryUserTask listener : listeners) {
            if (listener.wanted(properties)) {
                listener.events().forEach(event -> definition.addTaskListener(event, listener));
            }
        }
    }

    private static Map<String, String> properties(Element element) {
        Map<String, String> properties = new HashMap<>();
        Element extensions = element.element("extensionElements");
        Element list = extensions == null ? null : extensions.elementNS(CAMUNDA, "properties");
        if (list != null) {
            for (Element property : list.elementsNS(CAMUNDA, "property")) {
                properties.put(property.attribute("name"), property.attribute("value"));
            }
        }
        return properties;
    }
}
