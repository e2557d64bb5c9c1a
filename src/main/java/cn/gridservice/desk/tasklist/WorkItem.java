package cn.gridservice.desk.tasklist;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One row of a task list: the task with its case or complaint and customer beside it.
 * {@code caseNo} is the service case's or the complaint's number; {@code escalationLevel} is a
 * complaint's level (0 for service cases).
 */
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
    String assignee,
    int escalationLevel) implements Serializable {

  public boolean isOverdue(OffsetDateTime now) {
    return due != null && due.isBefore(now);
  }
}
