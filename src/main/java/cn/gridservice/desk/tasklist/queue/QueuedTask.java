package cn.gridservice.desk.tasklist.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A row of {@code task_queue}: an open user task as the task lists show it. Written by {@link
 * TaskQueue}.
 */
@Entity
@Table(name = "task_queue")
@NamedQuery(
    name = "QueuedTask.ofReference",
    query = "SELECT q FROM QueuedTask q WHERE q.referenceNo = :no")
@NamedQuery(name = "QueuedTask.all", query = "SELECT q FROM QueuedTask q")
public class QueuedTask {

  @Id
  @Column(name = "task_id", length = 64)
  private String taskId;

  @Column(name = "process_instance_id", nullable = false, length = 64)
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "work_type", nullable = false, length = 20)
  private WorkType workType;

  @Column(name = "reference_no", length = 20)
  private String referenceNo;

  @Column(name = "subject", length = 30)
  private String subject;

  @Column(name = "step", nullable = false, length = 64)
  private String step;

  @Column(name = "customer_no", length = 20)
  private String customerNo;

  @Column(name = "customer_name", length = 200)
  private String customerName;

  @Column(name = "customer_category", length = 40)
  private String customerCategory;

  @Column(name = "area", length = 20)
  private String area;

  @Column(name = "priority_customer", nullable = false)
  private boolean priorityCustomer;

  @Column(name = "grade", length = 20)
  private String grade;

  @Column(name = "escalation_level", nullable = false)
  private int escalationLevel;

  @Column(name = "level_order", nullable = false)
  private int levelOrder;

  @Column(name = "priority", nullable = false)
  private int priority;

  @Column(name = "sla_state", length = 20)
  private String slaState;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "due_at")
  private Instant dueAt;

  @Column(name = "due_sort", nullable = false)
  private Instant dueSort;

  @Column(name = "follow_up_at")
  private Instant followUpAt;

  @Column(name = "assignee", length = 64)
  private String assignee;

  @Column(name = "candidate_group", length = 40)
  private String candidateGroup;

  protected QueuedTask() {}

  QueuedTask(String taskId, String processInstanceId, WorkType workType, Instant createdAt) {
    this.taskId = taskId;
    this.processInstanceId = processInstanceId;
    this.workType = workType;
    this.createdAt = createdAt;
    this.dueSort = QueueSql.NO_DUE;
  }

  void describe(String referenceNo, String subject, String step) {
    this.referenceNo = referenceNo;
    this.subject = subject;
    this.step = step;
  }

  void customer(
      String customerNo,
      String customerName,
      String category,
      String area,
      boolean priorityCustomer) {
    this.customerNo = customerNo;
    this.customerName =
        customerName == null || customerName.length() <= 200
            ? customerName
            : customerName.substring(0, 200);
    this.customerCategory = category;
    this.area = area;
    this.priorityCustomer = priorityCustomer;
    this.levelOrder = QueueSql.levelOrder(escalationLevel, priorityCustomer);
  }

  void escalation(String grade, int level) {
    this.grade = grade;
    this.escalationLevel = level;
    this.levelOrder = QueueSql.levelOrder(level, priorityCustomer);
  }

  /** The engine task's own fields, after any change. */
  void task(
      int priority, Instant dueAt, Instant followUpAt, String assignee, String candidateGroup) {
    this.priority = priority;
    this.dueAt = dueAt;
    this.dueSort = dueAt == null ? QueueSql.NO_DUE : dueAt;
    this.followUpAt = followUpAt;
    this.assignee = assignee;
    this.candidateGroup = candidateGroup;
  }

  void slaState(String state) {
    this.slaState = state;
  }

  public String taskId() {
    return taskId;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public String referenceNo() {
    return referenceNo;
  }

  public String step() {
    return step;
  }

  public int escalationLevel() {
    return escalationLevel;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public Instant followUpAt() {
    return followUpAt;
  }

  public String assignee() {
    return assignee;
  }

  public String candidateGroup() {
    return candidateGroup;
  }

  public int priority() {
    return priority;
  }
}
