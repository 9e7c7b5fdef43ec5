package dk.skolehjem.engine;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Which of a process's tasks belong to the family: the user tasks drawn in the parents' lane ("Forældre") or the
 * class parent council's ("Klasseforældreråd"). The model says it where a reader sees it, so the portal, the
 * engine's refusal of family tasks in Tasklist and the tests all read the same lanes.
 */
public final class FamilyLanes {

    /** The lanes whose tasks a family answers on "Mit barn", never in Camunda. */
    public static final Set<String> LANES = Set.of("lane-guardians", "lane-council");

    private FamilyLanes() {}

    /**
     * Per deployed model (the engine keeps one instance per process definition in its cache): reading the lanes walks
     * the whole model, and every task's creation and completion asks.
     */
    private static final java.util.Map<BpmnModelInstance, Set<String>> BY_MODEL =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The ids of the user tasks in a family lane. */
    public static Set<String> tasks(BpmnModelInstance model) {
        Set<String> known = BY_MODEL.get(model);
        if (known == null) {
            known = read(model);
            BY_MODEL.put(model, known);
        }
        return known;
    }

    private static Set<String> read(BpmnModelInstance model) {
        return model.getModelElementsByType(Lane.class).stream()
                .filter(lane -> LANES.contains(lane.getId()))
                .flatMap(lane -> lane.getFlowNodeRefs().stream())
                .filter(UserTask.class::isInstance)
                .map(FlowNode::getId)
                .collect(Collectors.toUnmodifiableSet());
    }
}
