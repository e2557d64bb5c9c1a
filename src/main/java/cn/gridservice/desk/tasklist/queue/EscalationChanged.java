package cn.gridservice.desk.tasklist.queue;

/**
 * The grade or the escalation level of a case or complaint changed ({@code referenceNo}: its
 * number). The processes fire it (synchronously, in the engine's transaction); the task list writes
 * it onto the queue rows of that reference's open tasks.
 */
public record EscalationChanged(String referenceNo, String grade, int level) {}
