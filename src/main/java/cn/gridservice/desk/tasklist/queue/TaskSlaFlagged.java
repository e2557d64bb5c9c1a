package cn.gridservice.desk.tasklist.queue;

/**
 * A time-limit timer flagged a task WARNED or OVERDUE. The processes fire it (synchronously, in the
 * engine's transaction); the task list writes its copy of the flag into the queue.
 */
public record TaskSlaFlagged(String taskId, String state) {}
