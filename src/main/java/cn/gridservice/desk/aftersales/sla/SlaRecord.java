package cn.gridservice.desk.aftersales.sla;

import cn.gridservice.desk.tasklist.deadline.SlaSchedule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How one after-sales step (one user task) kept its time limit: opened when the task is created,
 * warned twice (the first and the second warning share, 50 % and 80 %) and marked overdue by the
 * SLA timers, closed when the task is completed or cancelled. {@code breached} is the final word
 * once the step is closed: completed (or cancelled) after the due date, by {@code
 * breachedBySeconds}.
 */
@Entity
@Table(name = "sla_record")
@NamedQuery(name = "SlaRecord.byTask", query = "SELECT r FROM SlaRecord r WHERE r.taskId = :taskId")
@NamedQuery(
    name = "SlaRecord.byCase",
    query = "SELECT r FROM SlaRecord r WHERE r.caseNo = :caseNo ORDER BY r.startedAt, r.id")
public class SlaRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_record_seq")
  @SequenceGenerator(name = "sla_record_seq", sequenceName = "sla_record_seq", allocationSize = 50)
  private Long id;

  @Column(name = "case_no", nullable = false, length = 20)
  private String caseNo;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Column(name = "task_id", nullable = false, unique = true, length = 64)
  private String taskId;

  /** The BPMN task id, e.g. {@code acceptRequest}. */
  @Column(name = "step", nullable = false, length = 64)
  private String step;

  /**
   * {@code WORKING_HOURS:4}, {@code MINUTES:45}, {@code APPOINTMENT}, {@code FROM_SUBMISSION
   * MINUTES:225}; null: no limit.
   */
  @Column(name = "limit_rule", length = 40)
  private String limitRule;

  /**
   * The second warning share (80 %); {@code warnAt}, {@code warned}, {@code warnedAt} belong to it.
   */
  @Column(name = "warn_percent")
  private Integer warnPercent;

  /** The first warning share (50 %). */
  @Column(name = "first_warn_percent")
  private Integer firstWarnPercent;

  @Column(name = "first_warn_at")
  private Instant firstWarnAt;

  @Column(name = "first_warned_at")
  private Instant firstWarnedAt;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "warn_at")
  private Instant warnAt;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "provisional", nullable = false)
  private boolean provisional;

  @Column(name = "warned", nullable = false)
  private boolean warned;

  @Column(name = "warned_at")
  private Instant warnedAt;

  @Column(name = "breached", nullable = false)
  private boolean breached;

  /** When the overdue timer marked the open step. */
  @Column(name = "overdue_at")
  private Instant overdueAt;

  @Column(name = "breached_by_seconds")
  private Long breachedBySeconds;

  @Column(name = "completed_at")
  private Instant completedAt;

  @Column(name = "cancelled_at")
  private Instant cancelledAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected SlaRecord() {}

  public SlaRecord(
      String caseNo, String processInstanceId, String taskId, String step, SlaSchedule schedule) {
    this.caseNo = required(caseNo, "caseNo", 20);
    this.processInstanceId = required(processInstanceId, "processInstanceId", 64);
    this.taskId = required(taskId, "taskId", 64);
    this.step = required(step, "step", 64);
    Objects.requireNonNull(schedule, "schedule");
    this.limitRule = schedule.limitRule();
    this.warnPercent = schedule.hasLimit() ? schedule.warnPercent() : null;
    this.startedAt = micros(schedule.startedAt());
    this.warnAt = micros(schedule.warnAt());
    this.dueAt = micros(schedule.dueAt());
    this.provisional = schedule.provisional();
  }

  /**
   * Sets the first warning share and when it falls (the record's constructor takes the second one).
   *
   * @param at null without a limit or without such a share
   */
  public SlaRecord firstWarning(Integer percent, Instant at) {
    this.firstWarnPercent = at == null ? null : percent;
    this.firstWarnAt = micros(at);
    return this;
  }

  /**
   * @return false when there is nothing to warn: no first share, already warned (either) or
   *     overdue, or closed
   */
  public boolean firstWarn(Instant at) {
    if (!isOpen()
        || !hasLimit()
        || firstWarnAt == null
        || firstWarnedAt != null
        || warned
        || overdueAt != null) {
      return false;
    }
    this.firstWarnedAt = micros(Objects.requireNonNull(at, "at"));
    return true;
  }

  /** Whether the step is still being worked on. */
  public boolean isOpen() {
    return completedAt == null && cancelledAt == null;
  }

  public boolean hasLimit() {
    return dueAt != null;
  }

  /** Whether a warning is due for this step at all: it has a limit and a warning share. */
  public boolean isWarnable() {
    return warnAt != null && dueAt != null;
  }

  /**
   * @return false when there is nothing to warn: no warning share, already warned or overdue, or
   *     closed
   */
  public boolean warn(Instant at) {
    if (!isOpen() || !isWarnable() || warned || overdueAt != null) {
      return false;
    }
    this.warned = true;
    this.warnedAt = micros(Objects.requireNonNull(at, "at"));
    return true;
  }

  /**
   * @return false when there is nothing to mark: no limit, already overdue, or closed
   */
  public boolean markOverdue(Instant at) {
    if (!isOpen() || !hasLimit() || overdueAt != null) {
      return false;
    }
    this.overdueAt = micros(Objects.requireNonNull(at, "at"));
    this.breached = true;
    return true;
  }

  /** The step is done: breached when later than the due date, by how much. */
  public void complete(Instant at) {
    if (!isOpen()) {
      return;
    }
    this.completedAt = micros(Objects.requireNonNull(at, "at"));
    settle(completedAt);
  }

  /** The step was withdrawn (the customer cancelled): a step already late stays breached. */
  public void cancel(Instant at) {
    if (!isOpen()) {
      return;
    }
    this.cancelledAt = micros(Objects.requireNonNull(at, "at"));
    settle(cancelledAt);
  }

  /**
   * The limit counted again, e.g. after the working-day calendar changed: a warning or overdue mark
   * already given stays, only the dates move.
   */
  public void reschedule(Instant warnAt, Instant dueAt, boolean provisional) {
    reschedule(firstWarnAt, warnAt, dueAt, provisional);
  }

  /** As {@link #reschedule(Instant, Instant, boolean)}, the first warning as well. */
  public void reschedule(Instant firstWarnAt, Instant warnAt, Instant dueAt, boolean provisional) {
    this.firstWarnAt = firstWarnPercent == null ? null : micros(firstWarnAt);
    this.warnAt = micros(warnAt);
    this.dueAt = micros(dueAt);
    this.provisional = provisional;
  }

  private void settle(Instant closedAt) {
    if (dueAt != null && closedAt.isAfter(dueAt)) {
      this.breached = true;
      this.breachedBySeconds = Duration.between(dueAt, closedAt).getSeconds();
    } else {
      this.breached = false;
      this.breachedBySeconds = null;
    }
  }

  private static String required(String value, String field, int length) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    if (value.length() > length) {
      throw new IllegalArgumentException(
          field + " is longer than " + length + " characters: " + value);
    }
    return value;
  }

  // the columns keep microseconds; the entity holds what will be read back
  private static Instant micros(Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
  }

  public Long id() {
    return id;
  }

  public String caseNo() {
    return caseNo;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public String taskId() {
    return taskId;
  }

  public String step() {
    return step;
  }

  public String limitRule() {
    return limitRule;
  }

  public Integer warnPercent() {
    return warnPercent;
  }

  public Integer firstWarnPercent() {
    return firstWarnPercent;
  }

  public Instant firstWarnAt() {
    return firstWarnAt;
  }

  /** When the first warning was given; null when it was not (yet). */
  public Instant firstWarnedAt() {
    return firstWarnedAt;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant warnAt() {
    return warnAt;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public boolean provisional() {
    return provisional;
  }

  public boolean warned() {
    return warned;
  }

  public Instant warnedAt() {
    return warnedAt;
  }

  public boolean breached() {
    return breached;
  }

  public Instant overdueAt() {
    return overdueAt;
  }

  /** Seconds past the due date at completion (or cancellation); null while open or when on time. */
  public Long breachedBySeconds() {
    return breachedBySeconds;
  }

  public Instant completedAt() {
    return completedAt;
  }

  public Instant cancelledAt() {
    return cancelledAt;
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SlaRecord other && taskId.equals(other.taskId);
  }

  @Override
  public int hashCode() {
    return taskId.hashCode();
  }

  @Override
  public String toString() {
    return "SlaRecord["
        + caseNo
        + " "
        + step
        + " "
        + limitRule
        + " due "
        + dueAt
        + (breached ? " breached" : "")
        + "]";
  }
}
