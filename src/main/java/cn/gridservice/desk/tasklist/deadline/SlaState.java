package cn.gridservice.desk.tasklist.deadline;

/**
 * Where an open step stands against its limit, kept as the task-local variable {@code slaState} so
 * that task lists can show and sort by it. A step without a limit has no state.
 */
public enum SlaState {
  /** Less than the first warning share of the limit is used. */
  ON_TIME,
  /** The first (50 %) or the second warning share (80 %) is used; the team leader has been told. */
  WARNED,
  /** Past the due date; the team leader has been told and supervises (督办). */
  OVERDUE
}
