package dk.skolehjem.engine;

/**
 * A shared Tasklist filter for the school's leadership: the open tasks of one user task ({@code taskDefinitionKey})
 * whose deadline has passed (R17). Made and granted by access, declared by the process that owns the task.
 */
public record LateTaskFilter(String name, String description, String taskDefinitionKey) {}
