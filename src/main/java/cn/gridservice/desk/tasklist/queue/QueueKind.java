package cn.gridservice.desk.tasklist.queue;

/** The task lists staff work from. */
public enum QueueKind {
  /** The user's tasks and the unclaimed tasks of all their groups: the landing page of My work. */
  ALL,
  /** The tasks assigned to the user. */
  MINE,
  /** The unclaimed tasks of one of the user's groups. */
  GROUP,
  /**
   * The user's tasks and their groups' unclaimed tasks due before the end of today, not yet
   * overdue.
   */
  DUE_TODAY,
  /** The user's tasks and their groups' unclaimed tasks past their due date. */
  OVERDUE,
  /**
   * The user's tasks and their groups' unclaimed tasks of complaints at escalation level 1 or more.
   */
  ESCALATED
}
