package cn.gridservice.desk.complaint.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One line of a complaint's timeline: who did what, when. */
@Entity
@Table(name = "complaint_event")
@NamedQuery(name = "ComplaintEvent.of",
    query = "SELECT e FROM ComplaintEvent e WHERE e.complaint = :c ORDER BY e.occurredAt, e.id")
public class ComplaintEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_event_seq")
  @SequenceGenerator(name = "complaint_event_seq", sequenceName = "complaint_event_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "complaint_id", nullable = false)
  private Complaint complaint;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  @Column(name = "actor", nullable = false, length = 64)
  private String actor;

  @Column(name = "event_type", nullable = false, length = 40)
  private String type;

  @Column(name = "step", length = 60)
  private String step;

  @Column(name = "detail", length = 2000)
  private String detail;

  protected ComplaintEvent() {
  }

  public ComplaintEvent(Complaint complaint, Instant occurredAt, String actor, String type, String step, String detail) {
    this.complaint = Objects.requireNonNull(complaint);
    this.occurredAt = Objects.requireNonNull(occurredAt);
    this.actor = Objects.requireNonNull(actor);
    this.type = Objects.requireNonNull(type);
    this.step = step;
    this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
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
