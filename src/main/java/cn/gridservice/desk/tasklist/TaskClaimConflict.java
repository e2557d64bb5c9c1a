package cn.gridservice.desk.tasklist;

/** Somebody else was faster: the task is claimed by another user or is gone. */
public class TaskClaimConflict extends RuntimeException {

  private final String holder;

  public TaskClaimConflict(String message, String holder) {
    super(message);
    this.holder = holder;
  }

  /** Who has the task now, or null when it no longer exists. */
  public String holder() {
    return holder;
  }
}
