package cn.gridservice.desk.tasklist.queue;

import cn.gridservice.desk.platform.Clock;
import cn.gridservice.desk.platform.Page;
import cn.gridservice.desk.security.Role;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Reads the queues from {@code task_queue} ({@link QueueSql}): a page in the chosen order with the
 * filter, and the counts the menu shows. Time is the engine's clock, as for the deadlines.
 */
@ApplicationScoped
public class TaskQueueQueries {

  public static final int MAX_PAGE_SIZE = 200;

  @Resource(lookup = "java:jboss/datasources/GsdDS")
  DataSource dataSource;

  @Inject SharedCounts shared;

  @Inject Clock clock;

  public Page<QueueItem> page(
      Queue queue, QueueFilter filter, QueueSort sort, Viewer viewer, int page, int size) {
    if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE);
    }
    QueueSql sql = new QueueSql(queue, filter, sort, viewer, now());
    try (Connection connection = dataSource.getConnection()) {
      return new Page<>(sql.page(connection, page * size, size), page, size, sql.count(connection));
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not read queue " + queue.id() + ": " + e.getMessage(), e);
    }
  }

  /** The rows from {@code first} on, without counting them (a table that counted already). */
  public List<QueueItem> items(
      Queue queue, QueueFilter filter, QueueSort sort, Viewer viewer, int first, int size) {
    try (Connection connection = dataSource.getConnection()) {
      return new QueueSql(queue, filter, sort, viewer, now()).page(connection, first, size);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not read queue " + queue.id() + ": " + e.getMessage(), e);
    }
  }

  public long count(Queue queue, QueueFilter filter, Viewer viewer) {
    try (Connection connection = dataSource.getConnection()) {
      return new QueueSql(queue, filter, null, viewer, now()).count(connection);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not count queue " + queue.id() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The queues a user has (all, mine, each of their groups, due today, overdue, escalated) with
   * their counts, in menu order.
   */
  public Map<Queue, Long> counts(Viewer viewer) {
    Map<Queue, Long> counts = new LinkedHashMap<>();
    // "now" in steps of the shared counts' lifetime, so that the members of a group ask the same
    // question
    long step = SharedCounts.TTL.toSeconds();
    Instant now = Instant.ofEpochSecond(now().getEpochSecond() / step * step);
    try (Connection connection = dataSource.getConnection()) {
      for (Queue queue : queuesOf(viewer)) {
        counts.put(queue, new QueueSql(queue, null, null, viewer, now).count(connection, shared));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not count the queues: " + e.getMessage(), e);
    }
    return counts;
  }

  /**
   * The complaint grades the open tasks carry now ({@code GENERAL}, {@code MAJOR} …, as the
   * complaints put them in the queue), in the order of their names.
   */
  public List<String> grades() {
    try (Connection connection = dataSource.getConnection();
        java.sql.PreparedStatement statement =
            connection.prepareStatement(
                "SELECT DISTINCT grade FROM task_queue WHERE grade IS NOT NULL ORDER BY grade");
        java.sql.ResultSet rs = statement.executeQuery()) {
      List<String> grades = new ArrayList<>();
      while (rs.next()) {
        grades.add(rs.getString(1));
      }
      return grades;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not read the grades of the queue: " + e.getMessage(), e);
    }
  }

  public static List<Queue> queuesOf(Viewer viewer) {
    List<Queue> queues = new ArrayList<>();
    queues.add(Queue.all());
    queues.add(Queue.mine());
    for (String group : viewer.groups()) {
      queues.add(Queue.group(Role.valueOf(group)));
    }
    queues.add(new Queue(QueueKind.DUE_TODAY, null));
    queues.add(new Queue(QueueKind.OVERDUE, null));
    queues.add(new Queue(QueueKind.ESCALATED, null));
    return queues;
  }

  private Instant now() {
    return clock.now();
  }
}
