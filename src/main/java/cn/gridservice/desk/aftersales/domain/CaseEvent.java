package cn.gridservice.desk.aftersales.domain;

import cn.gridservice.desk.platform.TimelineEntry;
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
import java.time.Instant;
import java.util.Objects;

/** One line of a case's timeline: who did what, when. */
@Entity
@Table(name = "case_event")
@NamedQuery(
    name = "CaseEvent.ofCase",
    query = "SELECT e FROM CaseEvent e WHERE e.serviceCase = :c ORDER BY e.occurredAt, e.id")
public class CaseEvent extends TimelineEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_event_seq")
  @SequenceGenerator(name = "case_event_seq", sequenceName = "case_event_seq", allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private ServiceCase serviceCase;

  protected CaseEvent() {}

  public CaseEvent(
      ServiceCase serviceCase,
      Instant occurredAt,
      String actor,
      String type,
      String step,
      String detail) {
    super(occurredAt, actor, type, step, detail);
    this.serviceCase = Objects.requireNonNull(serviceCase);
  }
}
