package cn.gridservice.desk.tasklist.queue;

import cn.gridservice.desk.security.Role;
import java.util.Locale;
import java.util.Objects;

/**
 * A task list as the pages and the API name it: {@code all}, {@code mine}, {@code group:AGENT},
 * {@code due-today}, {@code overdue}, {@code escalated}.
 */
public record Queue(QueueKind kind, Role group) {

  public Queue {
    Objects.requireNonNull(kind, "kind");
    if ((kind == QueueKind.GROUP) != (group != null)) {
      throw new IllegalArgumentException("a group queue, and only a group queue, names its group");
    }
  }

  public static Queue mine() {
    return new Queue(QueueKind.MINE, null);
  }

  public static Queue all() {
    return new Queue(QueueKind.ALL, null);
  }

  public static Queue group(Role role) {
    return new Queue(QueueKind.GROUP, role);
  }

  /**
   * @throws IllegalArgumentException naming what is accepted
   */
  public static Queue parse(String id) {
    String text = id == null ? "" : id.strip();
    if (text.toLowerCase(Locale.ROOT).startsWith("group:")) {
      String role = text.substring("group:".length()).strip().toUpperCase(Locale.ROOT);
      try {
        return group(Role.valueOf(role));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("no such group: " + role);
      }
    }
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "mine" -> mine();
      case "all", "" -> all();
      case "due-today" -> new Queue(QueueKind.DUE_TODAY, null);
      case "overdue" -> new Queue(QueueKind.OVERDUE, null);
      case "escalated" -> new Queue(QueueKind.ESCALATED, null);
      default ->
          throw new IllegalArgumentException(
              "queue must be all, mine, group:<ROLE>, due-today, overdue or escalated, not '"
                  + id
                  + "'");
    };
  }

  /** The queue's name in the API and the pages' URLs. */
  public String id() {
    return switch (kind) {
      case ALL -> "all";
      case MINE -> "mine";
      case GROUP -> "group:" + group.name();
      case DUE_TODAY -> "due-today";
      case OVERDUE -> "overdue";
      case ESCALATED -> "escalated";
    };
  }
}
