package dk.skolehjem;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skolehjem.engine.FamilyLanes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * No promise can stall silently: every user task in every BPMN has a path for when nobody does it. A staff task gets
 * a deadline from the principle and, missed, a reminder and leadership's follow-up (reminder.OverdueTasks, for every
 * task outside the family lanes); a family's task has a timer of its own, or its process is called by a step that
 * has one. Only a step the person does at once opts out ({@code deadline = none}).
 */
class DeadlinePathsTest {

    @Test
    void everyUserTaskHasADeadlinePath() throws IOException {
        Map<String, BpmnModelInstance> models;
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            models = files.filter(f -> f.toString().endsWith(".bpmn"))
                    .collect(
                            Collectors.toMap(f -> f.getFileName().toString(), f -> Bpmn.readModelFromFile(f.toFile())));
        }
        Set<String> calledWithATimer = new HashSet<>();
        for (BpmnModelInstance model : models.values()) {
            for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
                if (hasTimer(model, call.getId())) {
                    calledWithATimer.add(call.getCalledElement());
                }
            }
        }
        List<String> stalling = new ArrayList<>();
        models.forEach((file, model) -> {
            String process = model.getModelElementsByType(Process.class)
                    .iterator()
                    .next()
                    .getId();
            Set<String> family = FamilyLanes.tasks(model);
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                if (optsOut(task)) {
                    continue;
                }
                if (family.contains(task.getId())
                        && !hasTimer(model, task.getId())
                        && !calledWithATimer.contains(process)) {
                    stalling.add(file + ": " + task.getId() + " (\"" + task.getName() + "\")");
                }
            }
        });
        assertThat(stalling).as("family tasks nobody's silence can end").isEmpty();
    }

    private static boolean hasTimer(BpmnModelInstance model, String activityId) {
        return model.getModelElementsByType(BoundaryEvent.class).stream()
                .filter(b ->
                        b.getAttachedTo() != null && b.getAttachedTo().getId().equals(activityId))
                .anyMatch(b ->
                        !b.getChildElementsByType(TimerEventDefinition.class).isEmpty());
    }

    private static boolean optsOut(UserTask task) {
        return task.getExtensionElements() != null
                && task.getExtensionElements().getElementsQuery().list().stream()
                        .flatMap(e -> e.getDomElement().getChildElements().stream())
                        .anyMatch(e -> "property".equals(e.getLocalName())
                                && "deadline".equals(e.getAttribute("name"))
                                && "none".equals(e.getAttribute("value")));
    }
}
