package cn.gridservice.desk.tasklist.queue;

import cn.gridservice.desk.platform.Times;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * One row of a task list: the task, its case or complaint, the customer, and how urgent it is.
 * {@code state} is ON_TIME, WARNED or OVERDUE (past due counts as overdue whatever the timers did
 * yet), or null for a task without a limit.
 */
public record QueueItem(
    String taskId,
    String processInstanceId,
    WorkType workType,
    String referenceNo,
    String subject,
    String step,
    String customerNo,
    String customerName,
    String customerCategory,
    String area,
    boolean priorityCustomer,
    String grade,
    int escalationLevel,
    int priority,
    String state,
    OffsetDateTime created,
    OffsetDateTime due,
    OffsetDateTime followUp,
    String assignee,
    String candidateGroup)
    implements Serializable {

  public static final String ON_TIME = "ON_TIME";
  public static final String WARNED = "WARNED";
  public static final String OVERDUE = "OVERDUE";

  /** The state as of {@code now}: the recorded flag, or OVERDUE once past due. */
  static String state(String flagged, Instant due, Instant now) {
    if (due == null) {
      return null;
    }
    if (!due.isAfter(now)) {
      return OVERDUE;
    }
    return flagged == null ? ON_TIME : flagged;
  }

  /** Minutes to the due date (negative when past), null without one. */
  public Long minutesLeft(Instant now) {
    return due == null ? null : Duration.between(now, due.toInstant()).toMinutes();
  }

  static OffsetDateTime time(Instant instant) {
    return Times.toBusinessTime(instant);
  }
}
