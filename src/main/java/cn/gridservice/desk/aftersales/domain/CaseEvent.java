package cn.gridservice.desk.aftersales.domain;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One line of a case's timeline: who did what, when. */
@Entity
@Table(name = "case_event")
@NamedQuery(name = "CaseEvent.ofCase", query = "SELECT e FROM CaseEvent e WHERE e.serviceCase = :c ORDER BY e.occurredAt, e.id")
public class CaseEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_seq")
  @SequenceGenerator(name = "case_event_seq", sequenceName = "case_event_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private ServiceCase serviceCase;

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

  protected CaseEvent() {
  }

  public CaseEvent(ServiceCase serviceCase, Instant occurredAt, String actor, String type, String step, String detail) {
    this.serviceCase = Objects.requireNonNull(serviceCase);
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
