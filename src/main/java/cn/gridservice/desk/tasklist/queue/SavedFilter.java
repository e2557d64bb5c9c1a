package cn.gridservice.desk.tasklist.queue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A queue with a filter that a user saved under a name of their own. */
@Entity
@Table(name = "saved_filter")
@NamedQuery(
    name = "SavedFilter.ofUser",
    query = "SELECT f FROM SavedFilter f WHERE f.userId = :user ORDER BY f.name")
public class SavedFilter {

  public static final int MAX_NAME = 60;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "saved_filter_seq")
  @SequenceGenerator(
      name = "saved_filter_seq",
      sequenceName = "saved_filter_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "user_id", nullable = false, length = 64)
  private String userId;

  @Column(name = "name", nullable = false, length = MAX_NAME)
  private String name;

  @Column(name = "queue", nullable = false, length = 60)
  private String queue;

  @Enumerated(EnumType.STRING)
  @Column(name = "work_type", length = 20)
  private WorkType workType;

  @Column(name = "step", length = 64)
  private String step;

  @Column(name = "customer_category", length = 40)
  private String customerCategory;

  @Column(name = "area", length = 20)
  private String area;

  @Column(name = "grade", length = 20)
  private String grade;

  @Column(name = "due_from")
  private Instant dueFrom;

  @Column(name = "due_to")
  private Instant dueTo;

  @Column(name = "text", length = QueueFilter.MAX_TEXT)
  private String text;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected SavedFilter() {}

  public SavedFilter(
      String userId, String name, Queue queue, QueueFilter filter, Instant createdAt) {
    this.userId = Objects.requireNonNull(userId);
    this.name = Objects.requireNonNull(name);
    this.createdAt = Objects.requireNonNull(createdAt);
    update(queue, filter);
  }

  public void update(Queue queue, QueueFilter filter) {
    this.queue = queue.id();
    this.workType = filter.workType();
    this.step = filter.step();
    this.customerCategory = filter.customerCategory();
    this.area = filter.area();
    this.grade = filter.grade();
    this.dueFrom = filter.dueFrom();
    this.dueTo = filter.dueTo();
    this.text = filter.text();
  }

  public Long id() {
    return id;
  }

  public String userId() {
    return userId;
  }

  public String name() {
    return name;
  }

  public Queue queue() {
    return Queue.parse(queue);
  }

  public QueueFilter filter() {
    return new QueueFilter(workType, step, customerCategory, area, grade, dueFrom, dueTo, text);
  }
}
