package cn.gridservice.desk.tasklist.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Writes {@code task_queue} rows straight over JDBC, for the query tests and the benchmark (the
 * server writes them through {@link TaskQueue}).
 */
public final class QueueRows implements AutoCloseable {

  /** A row to write; {@link #of} gives one with plain defaults to change with the withers. */
  public record Row(
      String taskId,
      WorkType workType,
      String referenceNo,
      String subject,
      String step,
      String customerNo,
      String customerName,
      String category,
      String area,
      boolean priorityCustomer,
      String grade,
      int escalationLevel,
      int priority,
      String slaState,
      Instant created,
      Instant due,
      String assignee,
      String candidateGroup) {

    public static Row of(
        String taskId, String candidateGroup, String assignee, Instant created, Instant due) {
      return new Row(
          taskId,
          WorkType.SERVICE_CASE,
          "SH-2026-" + taskId,
          "REPAIR",
          "acceptRequest",
          "3301000001",
          "张建华",
          "RESIDENTIAL",
          "URBAN",
          false,
          null,
          0,
          50,
          null,
          created,
          due,
          assignee,
          candidateGroup);
    }

    public Row level(int level) {
      return new Row(
          taskId,
          WorkType.COMPLAINT,
          "TS-2026-" + taskId,
          "SERVICE",
          "investigateComplaint",
          customerNo,
          customerName,
          category,
          area,
          priorityCustomer,
          "IMPORTANT",
          level,
          priority,
          slaState,
          created,
          due,
          assignee,
          candidateGroup);
    }

    public Row customer(String no, String name, String category, String area) {
      return new Row(
          taskId,
          workType,
          referenceNo,
          subject,
          step,
          no,
          name,
          category,
          area,
          priorityCustomer,
          grade,
          escalationLevel,
          priority,
          slaState,
          created,
          due,
          assignee,
          candidateGroup);
    }

    /** A high-risk customer or key account, or not. */
    public Row priorityCustomer(boolean priority) {
      return new Row(
          taskId,
          workType,
          referenceNo,
          subject,
          step,
          customerNo,
          customerName,
          category,
          area,
          priority,
          grade,
          escalationLevel,
          priority ? 80 : 50,
          slaState,
          created,
          due,
          assignee,
          candidateGroup);
    }

    public Row step(String step) {
      return new Row(
          taskId,
          workType,
          referenceNo,
          subject,
          step,
          customerNo,
          customerName,
          category,
          area,
          priorityCustomer,
          grade,
          escalationLevel,
          priority,
          slaState,
          created,
          due,
          assignee,
          candidateGroup);
    }
  }

  private static final String INSERT =
      "INSERT INTO task_queue (task_id, process_instance_id, work_type, reference_no,"
          + " subject, step, customer_no, customer_name, customer_category, area, priority_customer, grade, escalation_level,"
          + " level_order, priority, sla_state, created_at, due_at, due_sort, follow_up_at, assignee, candidate_group)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final PreparedStatement insert;
  private int pending;

  public QueueRows(Connection connection) throws SQLException {
    this.insert = connection.prepareStatement(INSERT);
  }

  public void add(Row row) throws SQLException {
    int i = 1;
    insert.setString(i++, row.taskId());
    insert.setString(i++, "pi-" + row.taskId());
    insert.setString(i++, row.workType().name());
    insert.setString(i++, row.referenceNo());
    insert.setString(i++, row.subject());
    insert.setString(i++, row.step());
    insert.setString(i++, row.customerNo());
    insert.setString(i++, row.customerName());
    insert.setString(i++, row.category());
    insert.setString(i++, row.area());
    insert.setBoolean(i++, row.priorityCustomer());
    insert.setString(i++, row.grade());
    insert.setInt(i++, row.escalationLevel());
    insert.setInt(i++, QueueSql.levelOrder(row.escalationLevel(), row.priorityCustomer()));
    insert.setInt(i++, row.priority());
    insert.setString(i++, row.slaState());
    insert.setObject(i++, utc(row.created()));
    insert.setObject(i++, row.due() == null ? null : utc(row.due()));
    insert.setObject(i++, utc(row.due() == null ? QueueSql.NO_DUE : row.due()));
    insert.setObject(i++, null);
    insert.setString(i++, row.assignee());
    insert.setString(i++, row.candidateGroup());
    insert.addBatch();
    if (++pending == 1000) {
      flush();
    }
  }

  public void flush() throws SQLException {
    if (pending > 0) {
      insert.executeBatch();
      pending = 0;
    }
  }

  @Override
  public void close() throws SQLException {
    flush();
    insert.close();
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
