package cn.gridservice.desk.calendar.domain;

/**
 * The names of the task-local variables that remember how a user task's due date was derived (the
 * engine side writes them when a task is created; a change of the calendar reads and updates them).
 */
public final class TaskDeadlineVariables {

  /** The task's limit in {@link DeadlineRule} notation, counted from the task's creation. */
  public static final String DUE_RULE = "dueRule";

  /** True when the due date was computed over a year without official holiday data. */
  public static final String DUE_PROVISIONAL = "dueProvisional";

  private TaskDeadlineVariables() {}
}
