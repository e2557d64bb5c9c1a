package cn.gridservice.desk.tasklist;

import cn.gridservice.desk.platform.HeldElsewhere;

/** Somebody else was faster: the task is claimed by another user or is gone. */
public class TaskClaimConflict extends HeldElsewhere {

  public TaskClaimConflict(String message, String holder) {
    super(message, holder);
  }
}
