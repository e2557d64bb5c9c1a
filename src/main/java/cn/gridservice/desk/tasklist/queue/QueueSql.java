package cn.gridservice.desk.tasklist.queue;

import cn.gridservice.desk.customer.application.CustomerPrivacy;
import cn.gridservice.desk.platform.Times;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The SQL of the queues over {@code task_queue}, on H2 and MariaDB. A queue is one or more disjoint
 * branches — the user's own tasks ({@code assignee = ?}) and the unclaimed tasks of each group
 * ({@code candidate_group = ? AND assignee IS NULL}) — each answered in urgency order from an index
 * range; several branches are merged with {@code UNION ALL}, each cut at the page's end first.
 * Plain JDBC, so that the benchmark runs the very statements the server runs.
 */
public final class QueueSql {

  static final String COLUMNS =
      "task_id, process_instance_id, work_type, reference_no, subject, step, customer_no,"
          + " customer_name, customer_category, area, priority_customer, grade, escalation_level, priority, sla_state,"
          + " created_at, due_at, follow_up_at, assignee, candidate_group, level_order, due_sort";

  /**
   * The urgency key of a row: the escalation level first (highest first), then high-risk customers
   * and key accounts before the others of the same level (domain README §1: routed first).
   * Ascending like due_sort, so one index range answers the default order: level 0 is 0 (-1 for a
   * priority customer), level 1 is -2 (-3), and so on; escalated rows are those below {@code
   * levelOrder(0, true)}.
   */
  public static int levelOrder(int escalationLevel, boolean priorityCustomer) {
    return -(2 * escalationLevel + (priorityCustomer ? 1 : 0));
  }

  /** Far in the future: the due_sort of a task without a due date (urgency puts it last). */
  public static final Instant NO_DUE = LocalDateTime.of(9999, 1, 1, 0, 0).toInstant(ZoneOffset.UTC);

  static final String GROUP_INDEX = "ix_task_queue_group";
  static final String ASSIGNEE_INDEX = "ix_task_queue_assignee";
  static final String TEXT_INDEXES =
      "ix_task_queue_reference, ix_task_queue_customer_no, ix_task_queue_customer_name";

  private final Queue queue;
  private final QueueFilter filter;
  private final QueueSort sort;
  private final Viewer viewer;
  private final Instant now;

  public QueueSql(Queue queue, QueueFilter filter, QueueSort sort, Viewer viewer, Instant now) {
    this.queue = queue;
    this.filter = filter == null ? QueueFilter.none() : filter;
    this.sort = sort == null ? QueueSort.urgency() : sort;
    this.viewer = viewer;
    this.now = now;
    if (queue.kind() == QueueKind.GROUP && !viewer.groups().contains(queue.group().name())) {
      throw new QueueNotYours(queue);
    }
  }

  /** Asked for a group queue of a group the user is not in. */
  public static final class QueueNotYours extends RuntimeException {
    QueueNotYours(Queue queue) {
      super("you are not in group " + queue.group() + ": its queue is not yours");
    }
  }

  /** A statement with its parameters in order. */
  record Statement(String sql, List<Object> parameters) {}

  /**
   * @param shared whether every member of a group asks for the same (a group's unclaimed tasks)
   */
  private record Branch(String table, String where, List<Object> parameters, boolean shared) {}

  private record Scope(String index, String where, List<Object> parameters) {}

  public List<QueueItem> page(Connection connection, int offset, int size) throws SQLException {
    Statement statement = pageStatement(offset, size);
    List<QueueItem> items = new ArrayList<>(size);
    try (PreparedStatement ps = prepare(connection, statement);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        items.add(item(rs));
      }
    }
    return items;
  }

  public long count(Connection connection) throws SQLException {
    return count(connection, null);
  }

  /**
   * @param shared counts of the groups' unclaimed tasks that every member of a group asks for, kept
   *     a few seconds ({@link SharedCounts}); null to count everything now. The user's own tasks
   *     are always counted now, so that their own claims show at once.
   */
  public long count(Connection connection, SharedCounts shared) throws SQLException {
    long total = 0;
    for (Branch branch : branches()) {
      Statement statement =
          new Statement(
              "SELECT COUNT(*) FROM " + branch.table() + " WHERE " + branch.where(),
              branch.parameters());
      if (shared != null && branch.shared()) {
        total +=
            shared.get(
                statement.sql() + " " + statement.parameters(), () -> run(connection, statement));
      } else {
        total += run(connection, statement);
      }
    }
    return total;
  }

  private static long run(Connection connection, Statement statement) throws SQLException {
    try (PreparedStatement ps = prepare(connection, statement);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  Statement pageStatement(int offset, int size) {
    List<Branch> branches = branches();
    String order = sort.orderBy();
    if (branches.size() == 1) {
      Branch only = branches.get(0);
      List<Object> parameters = new ArrayList<>(only.parameters());
      parameters.add(size);
      parameters.add(offset);
      return new Statement(
          "SELECT "
              + COLUMNS
              + " FROM "
              + only.table()
              + " WHERE "
              + only.where()
              + " ORDER BY "
              + order
              + " LIMIT ? OFFSET ?",
          parameters);
    }
    StringBuilder sql = new StringBuilder("SELECT * FROM (");
    List<Object> parameters = new ArrayList<>();
    for (int i = 0; i < branches.size(); i++) {
      Branch branch = branches.get(i);
      if (i > 0) {
        sql.append(" UNION ALL ");
      }
      sql.append("(SELECT ")
          .append(COLUMNS)
          .append(" FROM ")
          .append(branch.table())
          .append(" WHERE ")
          .append(branch.where())
          .append(" ORDER BY ")
          .append(order)
          .append(" LIMIT ?)");
      parameters.addAll(branch.parameters());
      parameters.add(offset + size);
    }
    sql.append(") merged ORDER BY ").append(order).append(" LIMIT ? OFFSET ?");
    parameters.add(size);
    parameters.add(offset);
    return new Statement(sql.toString(), parameters);
  }

  private List<Branch> branches() {
    List<Scope> scopes = new ArrayList<>();
    if (queue.kind() == QueueKind.GROUP) {
      scopes.add(
          new Scope(
              GROUP_INDEX,
              "candidate_group = ? AND assignee IS NULL",
              List.of(queue.group().name())));
    } else {
      scopes.add(new Scope(ASSIGNEE_INDEX, "assignee = ?", List.of(viewer.userId())));
      if (queue.kind() != QueueKind.MINE) {
        for (String group : viewer.groups()) {
          scopes.add(
              new Scope(GROUP_INDEX, "candidate_group = ? AND assignee IS NULL", List.of(group)));
        }
      }
    }
    StringBuilder extra = new StringBuilder();
    List<Object> extraParameters = new ArrayList<>();
    switch (queue.kind()) {
      // due_sort is due_at for tasks with a due date (and far off for the others): decided in the
      // index
      case DUE_TODAY -> {
        extra.append(" AND due_sort > ? AND due_sort < ?");
        extraParameters.add(timestamp(now));
        extraParameters.add(timestamp(endOfToday()));
      }
      case OVERDUE -> {
        extra.append(" AND due_sort <= ?");
        extraParameters.add(timestamp(now));
      }
      case ESCALATED -> {
        // level 1 and above, priority customer or not: decided in the index
        extra.append(" AND level_order < ?");
        extraParameters.add(levelOrder(0, true));
      }
      default -> {
        // mine and group queues take every task of their scope
      }
    }
    if (filter.workType() != null) {
      extra.append(" AND work_type = ?");
      extraParameters.add(filter.workType().name());
    }
    equal(extra, extraParameters, "step", filter.step());
    equal(extra, extraParameters, "customer_category", filter.customerCategory());
    equal(extra, extraParameters, "area", filter.area());
    equal(extra, extraParameters, "grade", filter.grade());
    if (filter.dueFrom() != null) {
      extra.append(" AND due_sort >= ?");
      extraParameters.add(timestamp(filter.dueFrom()));
    }
    if (filter.dueTo() != null) {
      extra.append(" AND due_sort < ?");
      extraParameters.add(timestamp(filter.dueTo()));
    }
    boolean text = !QueueFilter.blank(filter.text());
    if (text) {
      // the start of a number (written in capitals) or of a name, each from its own index
      String typed = likeEscaped(filter.text().strip());
      // a residential customer's name is masked for viewers who do not see contact data: not
      // searched for them either
      extra.append(
          CustomerPrivacy.forRoleNames(viewer.groups()).searchesContact()
              ? " AND (reference_no LIKE ? ESCAPE '!' OR customer_no LIKE ? ESCAPE '!' OR customer_name LIKE ? ESCAPE '!')"
              : " AND (reference_no LIKE ? ESCAPE '!' OR customer_no LIKE ? ESCAPE '!'"
                  + " OR (customer_name LIKE ? ESCAPE '!' AND customer_category <> 'RESIDENTIAL'))");
      extraParameters.add(typed.toUpperCase(Locale.ROOT) + "%");
      extraParameters.add(typed.toUpperCase(Locale.ROOT) + "%");
      extraParameters.add(typed + "%");
    }
    List<Branch> branches = new ArrayList<>();
    for (Scope scope : scopes) {
      List<Object> parameters = new ArrayList<>(scope.parameters());
      parameters.addAll(extraParameters);
      // The scope's own index answers in urgency order; left alone, the optimizer (seeing assignee
      // IS NULL)
      // may walk the assignee index through every group's tasks. A text filter on a group's tasks
      // is
      // answered from the number and name indexes instead, merged, whatever the statistics say.
      String index = text && scope.index().equals(GROUP_INDEX) ? TEXT_INDEXES : scope.index();
      String table = "task_queue USE INDEX (" + index + ")";
      branches.add(
          new Branch(table, scope.where() + extra, parameters, scope.index().equals(GROUP_INDEX)));
    }
    return branches;
  }

  private Instant endOfToday() {
    LocalDate today = LocalDate.ofInstant(now, Times.BUSINESS_ZONE);
    return today.plusDays(1).atStartOfDay(Times.BUSINESS_ZONE).toInstant();
  }

  private static void equal(
      StringBuilder sql, List<Object> parameters, String column, String value) {
    if (!QueueFilter.blank(value)) {
      sql.append(" AND ").append(column).append(" = ?");
      parameters.add(value.strip());
    }
  }

  static String likeEscaped(String text) {
    return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  /**
   * Instants are stored as UTC wall-clock time, as Hibernate writes them ({@code
   * hibernate.jdbc.time_zone=UTC}).
   */
  static LocalDateTime timestamp(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    LocalDateTime utc = rs.getObject(column, LocalDateTime.class);
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }

  private static PreparedStatement prepare(Connection connection, Statement statement)
      throws SQLException {
    PreparedStatement ps = connection.prepareStatement(statement.sql());
    int i = 1;
    for (Object parameter : statement.parameters()) {
      ps.setObject(i++, parameter);
    }
    return ps;
  }

  private QueueItem item(ResultSet rs) throws SQLException {
    Instant due = instant(rs, "due_at");
    return new QueueItem(
        rs.getString("task_id"),
        rs.getString("process_instance_id"),
        WorkType.valueOf(rs.getString("work_type")),
        rs.getString("reference_no"),
        rs.getString("subject"),
        rs.getString("step"),
        rs.getString("customer_no"),
        CustomerPrivacy.forRoleNames(viewer.groups())
            .customerName(rs.getString("customer_name"), rs.getString("customer_category")),
        rs.getString("customer_category"),
        rs.getString("area"),
        rs.getBoolean("priority_customer"),
        rs.getString("grade"),
        rs.getInt("escalation_level"),
        rs.getInt("priority"),
        QueueItem.state(rs.getString("sla_state"), due, now),
        QueueItem.time(instant(rs, "created_at")),
        QueueItem.time(due),
        QueueItem.time(instant(rs, "follow_up_at")),
        rs.getString("assignee"),
        rs.getString("candidate_group"));
  }
}
