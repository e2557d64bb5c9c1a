package cn.gridservice.desk.tasklist.queue;

import java.time.Instant;

/**
 * What narrows a queue; every field is optional. {@code text} matches part of the case or complaint
 * number, the customer number or the customer's name.
 */
public record QueueFilter(
    WorkType workType,
    String step,
    String customerCategory,
    String area,
    String grade,
    Instant dueFrom,
    Instant dueTo,
    String text) {

  public static final int MAX_TEXT = 100;

  public static QueueFilter none() {
    return new QueueFilter(null, null, null, null, null, null, null, null);
  }

  public boolean isEmpty() {
    return workType == null
        && blank(step)
        && blank(customerCategory)
        && blank(area)
        && blank(grade)
        && dueFrom == null
        && dueTo == null
        && blank(text);
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
