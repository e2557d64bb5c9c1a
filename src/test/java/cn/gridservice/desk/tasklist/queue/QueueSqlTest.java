package cn.gridservice.desk.tasklist.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gridservice.desk.platform.DatabaseKind;
import cn.gridservice.desk.platform.DatabaseSchema;
import cn.gridservice.desk.security.Role;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The queues' SQL on the migrated schema (H2): scopes, urgency order, filters, sorts, pages across
 * groups.
 */
class QueueSqlTest {

  /** Monday 2 March 2026, 10:00 in Beijing. */
  private static final Instant NOW = OffsetDateTime.parse("2026-03-02T10:00:00+08:00").toInstant();

  private static final Viewer AGENT = new Viewer("agent", List.of("AGENT"));
  private static final Viewer AGENT_AND_DISPATCHER =
      new Viewer("agent", List.of("AGENT", "DISPATCHER"));

  private final JdbcDataSource dataSource = new JdbcDataSource();
  private Connection connection;

  @BeforeEach
  void schemaAndRows() throws SQLException {
    dataSource.setURL("jdbc:h2:mem:queue-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    DatabaseSchema.migrate(dataSource, DatabaseKind.H2);
    connection = dataSource.getConnection();
    try (QueueRows rows = new QueueRows(connection)) {
      rows.add(QueueRows.Row.of("t1", "AGENT", "agent", NOW.minus(hours(5)), NOW.plus(hours(1))));
      rows.add(
          QueueRows.Row.of("t2", "AGENT", null, NOW.minus(hours(4)), NOW.plus(Duration.ofDays(3)))
              .level(2));
      rows.add(
          QueueRows.Row.of("t3", "AGENT", null, NOW.minus(hours(3)), NOW.minus(hours(1)))
              .customer("3302000005", "滨江小学", "LOW_VOLTAGE_NON_RESIDENTIAL", "RURAL"));
      rows.add(
          QueueRows.Row.of("t4", "DISPATCHER", null, NOW.minus(hours(2)), NOW.plus(hours(2)))
              .step("scheduleVisit"));
      rows.add(QueueRows.Row.of("t5", "AGENT", "agent2", NOW.minus(hours(2)), NOW.plus(hours(2))));
      rows.add(QueueRows.Row.of("t6", "AGENT", null, NOW.minus(hours(1)), null));
      rows.add(
          QueueRows.Row.of(
                  "t7",
                  "SERVICE_MANAGER",
                  "agent",
                  NOW.minus(hours(6)),
                  NOW.plus(Duration.ofDays(1)))
              .level(3));
    }
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
    connection.close();
  }

  @Test
  void myTasksAreTheOnesAssignedToMeMostEscalatedFirst() throws SQLException {
    assertThat(ids(Queue.mine(), QueueFilter.none(), QueueSort.urgency(), AGENT))
        .containsExactly("t7", "t1");
  }

  @Test
  void aGroupQueueHoldsItsUnclaimedTasksByLevelThenDueWithUndatedTasksLast() throws SQLException {
    assertThat(ids(Queue.group(Role.AGENT), QueueFilter.none(), QueueSort.urgency(), AGENT))
        .containsExactly("t2", "t3", "t6");
    assertThat(sql(Queue.group(Role.AGENT), QueueFilter.none(), AGENT).count(connection))
        .isEqualTo(3);
  }

  @Test
  void dueTodayOverdueAndEscalatedSpanMyTasksAndMyGroupsUnclaimedOnes() throws SQLException {
    assertThat(
            ids(
                new Queue(QueueKind.DUE_TODAY, null),
                QueueFilter.none(),
                QueueSort.urgency(),
                AGENT))
        .containsExactly("t1");
    assertThat(
            ids(
                new Queue(QueueKind.DUE_TODAY, null),
                QueueFilter.none(),
                QueueSort.urgency(),
                AGENT_AND_DISPATCHER))
        .containsExactly("t1", "t4");
    assertThat(
            ids(new Queue(QueueKind.OVERDUE, null), QueueFilter.none(), QueueSort.urgency(), AGENT))
        .containsExactly("t3");
    assertThat(
            ids(
                new Queue(QueueKind.ESCALATED, null),
                QueueFilter.none(),
                QueueSort.urgency(),
                AGENT))
        .containsExactly("t7", "t2");
  }

  @Test
  void highRiskCustomersAndKeyAccountsComeFirstWithinTheSameEscalationLevel() throws SQLException {
    try (QueueRows rows = new QueueRows(connection)) {
      // due later than t3 and t6, but a key account: before them, after the level-2 task
      rows.add(
          QueueRows.Row.of("k1", "AGENT", null, NOW.minus(hours(1)), NOW.plus(Duration.ofDays(2)))
              .priorityCustomer(true));
      // a priority customer at level 2 goes before the other level-2 task, not before level 3
      rows.add(
          QueueRows.Row.of("k2", "AGENT", null, NOW, NOW.plus(Duration.ofDays(5)))
              .level(2)
              .priorityCustomer(true));
    }
    assertThat(ids(Queue.group(Role.AGENT), QueueFilter.none(), QueueSort.urgency(), AGENT))
        .containsExactly("k2", "t2", "k1", "t3", "t6");
    // a priority customer's unescalated task is not escalated
    assertThat(
            ids(
                new Queue(QueueKind.ESCALATED, null),
                QueueFilter.none(),
                QueueSort.urgency(),
                AGENT))
        .containsExactly("t7", "k2", "t2");
    assertThat(QueueSql.levelOrder(0, false)).isZero();
    assertThat(QueueSql.levelOrder(0, true)).isGreaterThan(QueueSql.levelOrder(1, false));
  }

  @Test
  void pagesThroughSeveralBranchesKeepTheOrderAndTheCount() throws SQLException {
    Queue escalated = new Queue(QueueKind.ESCALATED, null);
    QueueSql sql = sql(escalated, QueueFilter.none(), AGENT);
    assertThat(sql.page(connection, 0, 1)).extracting(QueueItem::taskId).containsExactly("t7");
    assertThat(sql.page(connection, 1, 1)).extracting(QueueItem::taskId).containsExactly("t2");
    assertThat(sql.page(connection, 2, 1)).isEmpty();
    assertThat(sql.count(connection)).isEqualTo(2);
  }

  @Test
  void filtersNarrowEveryBranch() throws SQLException {
    Queue group = Queue.group(Role.AGENT);
    assertThat(ids(group, filter(null, null, null, "RURAL", null), QueueSort.urgency(), AGENT))
        .containsExactly("t3");
    assertThat(
            ids(
                group,
                filter(WorkType.COMPLAINT, null, null, null, null),
                QueueSort.urgency(),
                AGENT))
        .containsExactly("t2");
    assertThat(ids(group, filter(null, null, null, null, "滨江"), QueueSort.urgency(), AGENT))
        .containsExactly("t3");
    assertThat(ids(group, filter(null, null, null, null, "ts-2026"), QueueSort.urgency(), AGENT))
        .containsExactly("t2");
    assertThat(ids(group, filter(null, null, null, null, "100%"), QueueSort.urgency(), AGENT))
        .isEmpty();
    assertThat(
            ids(
                new Queue(QueueKind.DUE_TODAY, null),
                filter(null, "scheduleVisit", null, null, null),
                QueueSort.urgency(),
                AGENT_AND_DISPATCHER))
        .containsExactly("t4");
    QueueFilter dueRange =
        new QueueFilter(null, null, null, null, null, NOW, NOW.plus(Duration.ofDays(2)), null);
    assertThat(ids(Queue.mine(), dueRange, QueueSort.urgency(), AGENT)).containsExactly("t7", "t1");
    assertThat(
            ids(
                Queue.mine(),
                new QueueFilter(null, null, null, null, "IMPORTANT", null, null, null),
                QueueSort.urgency(),
                AGENT))
        .containsExactly("t7");
  }

  @Test
  void anyColumnSortsEitherWay() throws SQLException {
    Queue group = Queue.group(Role.AGENT);
    assertThat(ids(group, QueueFilter.none(), QueueSort.parse("-created"), AGENT))
        .containsExactly("t6", "t3", "t2");
    assertThat(ids(group, QueueFilter.none(), QueueSort.parse("customer"), AGENT))
        .containsExactly("t2", "t6", "t3");
    assertThat(
            ids(
                new Queue(QueueKind.ESCALATED, null),
                QueueFilter.none(),
                QueueSort.parse("due"),
                AGENT))
        .containsExactly("t7", "t2");
    assertThatThrownBy(() -> QueueSort.parse("password")).hasMessageContaining("sort must be");
  }

  @Test
  void stateIsOverdueOncePastDueWhateverTheTimersFlagged() throws SQLException {
    List<QueueItem> items =
        sql(Queue.group(Role.AGENT), QueueFilter.none(), AGENT).page(connection, 0, 10);
    assertThat(items)
        .extracting(QueueItem::taskId, QueueItem::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("t2", "ON_TIME"),
            org.assertj.core.groups.Tuple.tuple("t3", "OVERDUE"),
            org.assertj.core.groups.Tuple.tuple("t6", null));
  }

  @Test
  void groupCountsAreSharedForAFewSecondsButMyOwnAreAlwaysCountedNow() throws SQLException {
    SharedCounts shared = new SharedCounts();
    Queue all = Queue.all();
    assertThat(sql(all, QueueFilter.none(), AGENT).count(connection, shared)).isEqualTo(5);
    try (QueueRows rows = new QueueRows(connection)) {
      rows.add(QueueRows.Row.of("t8", "AGENT", null, NOW, NOW.plus(hours(8))));
      rows.add(QueueRows.Row.of("t9", "AGENT", "agent", NOW, NOW.plus(hours(8))));
    }
    // my own new task counts at once; the group's new one once the shared count has expired
    assertThat(sql(all, QueueFilter.none(), AGENT).count(connection, shared)).isEqualTo(6);
    assertThat(sql(all, QueueFilter.none(), AGENT).count(connection)).isEqualTo(7);
    shared.clear();
    assertThat(sql(all, QueueFilter.none(), AGENT).count(connection, shared)).isEqualTo(7);
  }

  @Test
  void aViewerWhoDoesNotSeeContactDataSeesAResidentsNameMaskedAndCannotSearchForIt()
      throws SQLException {
    // t7 is the agent's; the same user seen once as an agent, once with only the service manager's
    // role
    Viewer managerOnly = new Viewer("agent", List.of("SERVICE_MANAGER"));
    assertThat(
            new QueueSql(Queue.mine(), QueueFilter.none(), QueueSort.urgency(), AGENT, NOW)
                .page(connection, 0, 50))
        .filteredOn(i -> i.taskId().equals("t7"))
        .singleElement()
        .extracting(QueueItem::customerName)
        .isEqualTo("张建华");
    assertThat(
            new QueueSql(Queue.mine(), QueueFilter.none(), QueueSort.urgency(), managerOnly, NOW)
                .page(connection, 0, 50))
        .filteredOn(i -> i.taskId().equals("t7"))
        .singleElement()
        .extracting(QueueItem::customerName)
        .isEqualTo("张**");
    assertThat(ids(Queue.mine(), filter(null, null, null, null, "张建"), QueueSort.urgency(), AGENT))
        .contains("t7");
    assertThat(
            ids(
                Queue.mine(),
                filter(null, null, null, null, "张建"),
                QueueSort.urgency(),
                managerOnly))
        .isEmpty();
    assertThat(
            ids(
                Queue.mine(),
                filter(null, null, null, null, "TS-2026"),
                QueueSort.urgency(),
                managerOnly))
        .containsExactly("t7");
  }

  @Test
  void aGroupQueueIsOnlyForItsMembersAndQueueNamesAreChecked() {
    assertThatThrownBy(() -> sql(Queue.group(Role.DISPATCHER), QueueFilter.none(), AGENT))
        .isInstanceOf(QueueSql.QueueNotYours.class);
    assertThat(Queue.parse("group:agent")).isEqualTo(Queue.group(Role.AGENT));
    assertThat(Queue.parse("due-today").id()).isEqualTo("due-today");
    assertThatThrownBy(() -> Queue.parse("group:JANITOR")).hasMessageContaining("JANITOR");
    assertThatThrownBy(() -> Queue.parse("everything")).hasMessageContaining("mine, group:<ROLE>");
  }

  private List<String> ids(Queue queue, QueueFilter filter, QueueSort sort, Viewer viewer)
      throws SQLException {
    return new QueueSql(queue, filter, sort, viewer, NOW)
        .page(connection, 0, 50).stream().map(QueueItem::taskId).toList();
  }

  private static QueueSql sql(Queue queue, QueueFilter filter, Viewer viewer) {
    return new QueueSql(queue, filter, QueueSort.urgency(), viewer, NOW);
  }

  private static QueueFilter filter(
      WorkType type, String step, String category, String area, String text) {
    return new QueueFilter(type, step, category, area, null, null, null, text);
  }

  private static Duration hours(int hours) {
    return Duration.ofHours(hours);
  }
}
