package cn.gridservice.desk.bench;

import cn.gridservice.desk.platform.DatabaseKind;
import cn.gridservice.desk.platform.DatabaseSchema;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.tasklist.queue.Queue;
import cn.gridservice.desk.tasklist.queue.QueueFilter;
import cn.gridservice.desk.tasklist.queue.QueueKind;
import cn.gridservice.desk.tasklist.queue.QueueRows;
import cn.gridservice.desk.tasklist.queue.QueueSort;
import cn.gridservice.desk.tasklist.queue.QueueSql;
import cn.gridservice.desk.tasklist.queue.SharedCounts;
import cn.gridservice.desk.tasklist.queue.Viewer;
import cn.gridservice.desk.tasklist.queue.WorkType;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * How fast the task queues answer with a province's worth of open tasks: fills {@code task_queue}
 * in a MariaDB database of its own ({@code gsd_bench}, migrated with the application's Flyway
 * scripts) with {@code -Dbench.tasks} (default 100,000) open tasks spread over the roles as a
 * service centre's would be, then times the statements the server runs ({@link QueueSql}) for a
 * queue's first page (50 rows, default order, with a filter) and for the counts, and prints
 * p50/p95/p99 per scenario.
 *
 * <pre>mvn test-compile exec:java@queue-benchmark [-Dbench.tasks=100000] [-Dbench.runs=1000]
 *     [-Dbench.url=jdbc:mariadb://127.0.0.1:3306/] [-Dbench.user=root] [-Dbench.password=]</pre>
 */
public final class QueueBenchmark {

  private static final String[] AREAS = {"URBAN", "URBAN", "URBAN", "RURAL", "RURAL", "REMOTE"};
  private static final String[] CATEGORIES = {
    "RESIDENTIAL",
    "RESIDENTIAL",
    "RESIDENTIAL",
    "LOW_VOLTAGE_NON_RESIDENTIAL",
    "HIGH_VOLTAGE_SINGLE_SOURCE",
    "HIGH_VOLTAGE_DUAL_SOURCE"
  };
  private static final String[] SURNAMES = {
    "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高"
  };
  private static final String[] GIVEN = {
    "建华", "秀英", "德明", "桂兰", "国强", "淑珍", "海波", "丽娟", "志强", "美玲", "文军", "晓燕"
  };

  private QueueBenchmark() {}

  /** A share of the open tasks: its group, steps and how many are already claimed. */
  private record Share(String group, double share, String[] steps, double claimed) {}

  /**
   * The steps of the complaint model: their tasks belong to complaints, whichever group works on
   * them.
   */
  private static final java.util.Set<String> COMPLAINT_STEPS =
      java.util.Set.of(
          "followUpCall",
          "approveReply",
          "contactCustomer",
          "investigateComplaint",
          "replyToCustomer",
          "acknowledgeEscalation",
          "superviseReply",
          "provideInput");

  private static final List<Share> SHARES =
      List.of(
          new Share(
              "AGENT", 0.30, new String[] {"acceptRequest", "recordFeedback", "followUpCall"}, 0.2),
          new Share(
              "DISPATCHER",
              0.15,
              new String[] {"scheduleVisit", "superviseOverdueStep", "approveReply"},
              0.2),
          new Share("TECHNICIAN", 0.25, new String[] {"executeService"}, 0.9),
          new Share(
              "COMPLAINT_HANDLER",
              0.20,
              new String[] {"contactCustomer", "investigateComplaint", "replyToCustomer"},
              0.4),
          new Share(
              "SERVICE_MANAGER",
              0.05,
              new String[] {"decideEscalatedCase", "acknowledgeEscalation", "superviseReply"},
              0.3),
          new Share("CUSTOMER_MANAGER", 0.05, new String[] {"provideInput"}, 0.5));

  public static void main(String[] args) throws Exception {
    int tasks = Integer.getInteger("bench.tasks", 100_000);
    int runs = Integer.getInteger("bench.runs", 1000);
    String url = System.getProperty("bench.url", "jdbc:mariadb://127.0.0.1:3306/");
    String user = System.getProperty("bench.user", "root");
    String password = System.getProperty("bench.password", "");
    String database = System.getProperty("bench.database", "gsd_bench");

    try (Connection admin = DriverManager.getConnection(url, user, password);
        Statement s = admin.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + database);
      s.execute(
          "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }
    MariaDbDataSource dataSource = new MariaDbDataSource(url + database);
    dataSource.setUser(user);
    dataSource.setPassword(password);
    DatabaseSchema.migrate(dataSource, DatabaseKind.MARIADB);

    Instant now = OffsetDateTime.parse("2026-03-04T10:00:00+08:00").toInstant();
    try (Connection connection =
        DriverManager.getConnection(
            url + database + "?rewriteBatchedStatements=true", user, password)) {
      long started = System.nanoTime();
      fill(connection, tasks, now);
      try (Statement s = connection.createStatement()) {
        s.execute("ANALYZE TABLE task_queue");
      }
      System.out.printf(
          Locale.ROOT,
          "%,d open tasks written in %.1f s%n",
          tasks,
          (System.nanoTime() - started) / 1e9);

      Viewer agent = new Viewer("user7", List.of("AGENT"));
      Viewer handler = new Viewer("user3", List.of("COMPLAINT_HANDLER"));
      Viewer leader = new Viewer("user1", List.of("DISPATCHER", "SERVICE_MANAGER"));
      QueueFilter urban = new QueueFilter(null, null, null, "URBAN", null, null, null, null);
      QueueFilter residentialAcceptance =
          new QueueFilter(null, "acceptRequest", "RESIDENTIAL", null, null, null, null, null);
      QueueFilter complaints =
          new QueueFilter(WorkType.COMPLAINT, null, null, null, null, null, null, null);
      QueueFilter byName = new QueueFilter(null, null, null, null, null, null, null, "王建华");
      QueueFilter byNumber =
          new QueueFilter(null, null, null, null, null, null, null, "sh-2026-0123");

      List<String> lines = new ArrayList<>();
      lines.add(
          "| Scenario (first page of 50, default order) | rows in scope | p50 ms | p95 ms | p99 ms |");
      lines.add("|---|---|---|---|---|");
      page(
          lines,
          connection,
          "group:AGENT, area = URBAN",
          Queue.group(Role.AGENT),
          urban,
          agent,
          now,
          runs);
      page(
          lines,
          connection,
          "group:AGENT, step + customer category",
          Queue.group(Role.AGENT),
          residentialAcceptance,
          agent,
          now,
          runs);
      page(
          lines,
          connection,
          "all (mine + AGENT), area = URBAN",
          Queue.all(),
          urban,
          agent,
          now,
          runs);
      page(
          lines,
          connection,
          "all, team leader in 2 groups, complaints only",
          Queue.all(),
          complaints,
          leader,
          now,
          runs);
      page(
          lines,
          connection,
          "overdue (mine + COMPLAINT_HANDLER), area = URBAN",
          new Queue(QueueKind.OVERDUE, null),
          urban,
          handler,
          now,
          runs);
      page(
          lines,
          connection,
          "escalated (mine + COMPLAINT_HANDLER)",
          new Queue(QueueKind.ESCALATED, null),
          QueueFilter.none(),
          handler,
          now,
          runs);
      page(
          lines,
          connection,
          "due-today (mine + AGENT)",
          new Queue(QueueKind.DUE_TODAY, null),
          QueueFilter.none(),
          agent,
          now,
          runs);
      page(
          lines,
          connection,
          "group:AGENT, text = customer name",
          Queue.group(Role.AGENT),
          byName,
          agent,
          now,
          runs);
      page(
          lines,
          connection,
          "group:AGENT, text = part of a case number",
          Queue.group(Role.AGENT),
          byNumber,
          agent,
          now,
          runs);
      // the worst case: a filter that almost nothing in a large queue matches walks the whole queue
      page(
          lines,
          connection,
          "worst case: group:AGENT, a filter no row matches (grade = SPECIAL)",
          Queue.group(Role.AGENT),
          new QueueFilter(null, null, null, null, "SPECIAL", null, null, null),
          agent,
          now,
          runs);
      lines.add("");
      lines.add("| Count | tasks counted | p50 ms | p95 ms | p99 ms |");
      lines.add("|---|---|---|---|---|");
      count(
          lines,
          connection,
          "group:AGENT",
          Queue.group(Role.AGENT),
          QueueFilter.none(),
          agent,
          now,
          runs);
      count(
          lines,
          connection,
          "group:AGENT, area = URBAN",
          Queue.group(Role.AGENT),
          urban,
          agent,
          now,
          runs);
      count(
          lines,
          connection,
          "all (mine + AGENT)",
          Queue.all(),
          QueueFilter.none(),
          agent,
          now,
          runs);
      count(
          lines,
          connection,
          "overdue (mine + AGENT)",
          new Queue(QueueKind.OVERDUE, null),
          QueueFilter.none(),
          agent,
          now,
          runs);
      count(
          lines,
          connection,
          "escalated (mine + COMPLAINT_HANDLER)",
          new Queue(QueueKind.ESCALATED, null),
          QueueFilter.none(),
          handler,
          now,
          runs);
      menu(lines, connection, agent, now, runs);
      sharedMenu(lines, connection, now, runs);
      System.out.println();
      lines.forEach(System.out::println);
      Runtime runtime = Runtime.getRuntime();
      System.out.printf(
          Locale.ROOT,
          "%nJVM %s, heap used %d MB of %d MB, %d runs per scenario after %d warm-up runs%n",
          System.getProperty("java.version"),
          (runtime.totalMemory() - runtime.freeMemory()) >> 20,
          runtime.maxMemory() >> 20,
          runs,
          runs / 5);
      System.out.println(
          "database: "
              + connection.getMetaData().getDatabaseProductVersion()
              + ", "
              + ManagementFactory.getOperatingSystemMXBean().getAvailableProcessors()
              + " cores");
    }
  }

  private static void fill(Connection connection, int tasks, Instant now) throws SQLException {
    Random random = new Random(95598);
    connection.setAutoCommit(false);
    try (QueueRows rows = new QueueRows(connection)) {
      for (int i = 0; i < tasks; i++) {
        Share share = pick(random);
        boolean claimed = random.nextDouble() < share.claimed();
        // due from two days ago to ten days ahead; a few without a limit
        Instant due =
            random.nextInt(40) == 0
                ? null
                : now.plus(Duration.ofMinutes(random.nextInt(12 * 24 * 60) - 2 * 24 * 60));
        Instant created = now.minus(Duration.ofMinutes(random.nextInt(5 * 24 * 60)));
        String id = String.format(Locale.ROOT, "b%07d", i);
        int customer = random.nextInt(20_000);
        String step = share.steps()[random.nextInt(share.steps().length)];
        QueueRows.Row row =
            QueueRows.Row.of(
                    id, share.group(), claimed ? "user" + random.nextInt(400) : null, created, due)
                .customer(
                    String.format(Locale.ROOT, "33%08d", customer),
                    SURNAMES[customer % SURNAMES.length]
                        + GIVEN[(customer / SURNAMES.length) % GIVEN.length],
                    CATEGORIES[random.nextInt(CATEGORIES.length)],
                    AREAS[random.nextInt(AREAS.length)]);
        if (COMPLAINT_STEPS.contains(step)) {
          int dice = random.nextInt(100);
          row = row.level(dice < 85 ? 0 : dice < 95 ? 1 : dice < 99 ? 2 : 3).step(step);
        } else {
          row = row.step(step);
          row =
              new QueueRows.Row(
                  row.taskId(),
                  row.workType(),
                  String.format(Locale.ROOT, "SH-2026-%06d", i),
                  row.subject(),
                  row.step(),
                  row.customerNo(),
                  row.customerName(),
                  row.category(),
                  row.area(),
                  row.priorityCustomer(),
                  row.grade(),
                  row.escalationLevel(),
                  row.priority(),
                  row.slaState(),
                  row.created(),
                  row.due(),
                  row.assignee(),
                  row.candidateGroup());
        }
        rows.add(row);
      }
    }
    connection.commit();
    connection.setAutoCommit(true);
  }

  private static Share pick(Random random) {
    double dice = random.nextDouble();
    for (Share share : SHARES) {
      dice -= share.share();
      if (dice < 0) {
        return share;
      }
    }
    return SHARES.get(0);
  }

  private static void page(
      List<String> lines,
      Connection connection,
      String name,
      Queue queue,
      QueueFilter filter,
      Viewer viewer,
      Instant now,
      int runs)
      throws SQLException {
    QueueSql sql = new QueueSql(queue, filter, QueueSort.urgency(), viewer, now);
    long inScope = sql.count(connection);
    double[] ms = time(runs, () -> sql.page(connection, 0, 50));
    lines.add(row(name, inScope, ms));
  }

  private static void count(
      List<String> lines,
      Connection connection,
      String name,
      Queue queue,
      QueueFilter filter,
      Viewer viewer,
      Instant now,
      int runs)
      throws SQLException {
    QueueSql sql = new QueueSql(queue, filter, null, viewer, now);
    long counted = sql.count(connection);
    double[] ms = time(runs, () -> sql.count(connection));
    lines.add(row(name, counted, ms));
  }

  /**
   * All six counts the menu shows for an agent, one after another, as one page view asks for them.
   */
  private static void menu(
      List<String> lines, Connection connection, Viewer viewer, Instant now, int runs)
      throws SQLException {
    List<QueueSql> queues = new ArrayList<>();
    for (Queue queue :
        List.of(
            Queue.all(),
            Queue.mine(),
            Queue.group(Role.AGENT),
            new Queue(QueueKind.DUE_TODAY, null),
            new Queue(QueueKind.OVERDUE, null),
            new Queue(QueueKind.ESCALATED, null))) {
      queues.add(new QueueSql(queue, null, null, viewer, now));
    }
    double[] ms =
        time(
            runs,
            () -> {
              long total = 0;
              for (QueueSql sql : queues) {
                total += sql.count(connection);
              }
              return total;
            });
    lines.add(row("the menu's 6 counts together (agent)", -1, ms));
  }

  /**
   * The same six counts as 200 agents' pages ask for them in turn, with the groups' counts shared
   * for a few seconds as the server does ({@link SharedCounts}); each agent's own tasks are counted
   * afresh.
   */
  private static void sharedMenu(List<String> lines, Connection connection, Instant now, int runs)
      throws SQLException {
    SharedCounts shared = new SharedCounts();
    int[] next = {0};
    double[] ms =
        time(
            runs,
            () -> {
              Viewer agent = new Viewer("user" + (next[0]++ % 200), List.of("AGENT"));
              long total = 0;
              for (Queue queue :
                  List.of(
                      Queue.all(),
                      Queue.mine(),
                      Queue.group(Role.AGENT),
                      new Queue(QueueKind.DUE_TODAY, null),
                      new Queue(QueueKind.OVERDUE, null),
                      new Queue(QueueKind.ESCALATED, null))) {
                total += new QueueSql(queue, null, null, agent, now).count(connection, shared);
              }
              return total;
            });
    lines.add(row("the menu's 6 counts, 200 agents in turn, group counts shared", -1, ms));
  }

  private interface Work {
    Object run() throws SQLException;
  }

  private static double[] time(int runs, Work work) throws SQLException {
    for (int i = 0; i < runs / 5; i++) {
      work.run();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      work.run();
      ms[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(ms);
    return ms;
  }

  private static String row(String name, long rows, double[] sorted) {
    return String.format(
        Locale.ROOT,
        "| %s | %s | %.1f | %.1f | %.1f |",
        name,
        rows < 0 ? "—" : String.format(Locale.ROOT, "%,d", rows),
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99));
  }

  private static double percentile(double[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
  }
}
