package cn.gridservice.desk.platform;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a timeline (a case's, a complaint's): who did what, when, at which step. The
 * subclasses add their id and the row they belong to.
 */
@MappedSuperclass
public abstract class TimelineEntry {

  public static final int MAX_DETAIL = 2000;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, length = 64)
  private String actor;

  @Column(name = "event_type", nullable = false, length = 40)
  private String type;

  @Column(name = "step", length = 60)
  private String step;

  @Column(name = "detail", length = MAX_DETAIL)
  private String detail;

  protected TimelineEntry() {}

  /** A longer detail is cut to {@value #MAX_DETAIL} characters. */
  protected TimelineEntry(
      Instant occurredAt, String actor, String type, String step, String detail) {
    this.occurredAt = Objects.requireNonNull(occurredAt);
    this.actor = Objects.requireNonNull(actor);
    this.type = Objects.requireNonNull(type);
    this.step = step;
    this.detail =
        detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
  }

  public Instant occurredAt() {
    return occurredAt;
  }

  public String actor() {
    return actor;
  }

  public String type() {
    return type;
  }

  public String step() {
    return step;
  }

  public String detail() {
    return detail;
  }
}
