package cn.gridservice.desk.tasklist;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One row of a task list: the task with its case and customer beside it. */
public record WorkItem(
    String taskId,
    String step,
    String taskName,
    String caseNo,
    String customerNo,
    String customerName,
    boolean priorityCustomer,
    OffsetDateTime created,
    OffsetDateTime due,
    boolean dueProvisional,
    String assignee) implements Serializable {

  public boolean isOverdue(OffsetDateTime now) {
    return due != null && due.isBefore(now);
  }
}
