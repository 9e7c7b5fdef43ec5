package dk.skolehjem.engine;

import java.util.Date;

/**
 * An open task for a family (a guardian or the class parent council), as the portal lists and opens it: never a
 * Camunda object, so the portal holds no engine handle it could misuse.
 */
public record FamilyTask(
        String id,
        String name,
        String processKey,
        String processName,
        String businessKey,
        String processInstanceId,
        String formId,
        Date due,
        Date created,
        String definitionId,
        String taskKey) {}
