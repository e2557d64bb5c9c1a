package cn.gridservice.desk.tasklist.queue;

import java.util.Locale;
import java.util.Map;

/**
 * The order of a queue: by urgency (escalation level, then high-risk customers and key accounts,
 * then due; the default, answered from an index), or by one column either way.
 */
public record QueueSort(String column, boolean descending) {

  /** Sortable columns by their API name. */
  static final Map<String, String> COLUMNS =
      Map.of(
          "due", "due_sort",
          "created", "created_at",
          "priority", "priority",
          "escalation", "escalation_level",
          "reference", "reference_no",
          "customer", "customer_name",
          "step", "step",
          "type", "work_type",
          "assignee", "assignee");

  public static QueueSort urgency() {
    return new QueueSort(null, false);
  }

  /** {@code due}, {@code -created} (descending), or null / {@code urgency} for the default. */
  public static QueueSort parse(String text) {
    if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("urgency")) {
      return urgency();
    }
    String value = text.strip();
    boolean descending = value.startsWith("-");
    String column = (descending ? value.substring(1) : value).toLowerCase(Locale.ROOT);
    if (!COLUMNS.containsKey(column)) {
      throw new IllegalArgumentException(
          "sort must be urgency or one of "
              + COLUMNS.keySet().stream().sorted().toList()
              + " (with - for descending), not '"
              + text
              + "'");
    }
    return new QueueSort(column, descending);
  }

  public boolean isUrgency() {
    return column == null;
  }

  /** The SQL order: urgency is ascending in every column of the queue indexes. */
  String orderBy() {
    if (isUrgency()) {
      return "level_order, due_sort, task_id";
    }
    return COLUMNS.get(column) + (descending ? " DESC" : "") + ", task_id";
  }
}
