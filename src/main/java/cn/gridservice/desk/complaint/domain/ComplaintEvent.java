package cn.gridservice.desk.complaint.domain;

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

/** One line of a complaint's timeline: who did what, when. */
@Entity
@Table(name = "complaint_event")
@NamedQuery(
    name = "ComplaintEvent.of",
    query = "SELECT e FROM ComplaintEvent e WHERE e.complaint = :c ORDER BY e.occurredAt, e.id")
public class ComplaintEvent extends TimelineEntry {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_event_seq")
  @SequenceGenerator(
      name = "complaint_event_seq",
      sequenceName = "complaint_event_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "complaint_id", nullable = false)
  private Complaint complaint;

  protected ComplaintEvent() {}

  public ComplaintEvent(
      Complaint complaint,
      Instant occurredAt,
      String actor,
      String type,
      String step,
      String detail) {
    super(occurredAt, actor, type, step, detail);
    this.complaint = Objects.requireNonNull(complaint);
  }
}
