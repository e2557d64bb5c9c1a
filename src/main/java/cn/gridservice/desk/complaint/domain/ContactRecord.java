package cn.gridservice.desk.complaint.domain;

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
import java.time.Instant;
import java.util.Objects;

/** An entry of the contact log: the handler tried to reach the customer, and what was said. */
@Entity
@Table(name = "complaint_contact")
@NamedQuery(
    name = "ContactRecord.of",
    query = "SELECT r FROM ContactRecord r WHERE r.complaint = :c ORDER BY r.contactedAt, r.id")
public class ContactRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_contact_seq")
  @SequenceGenerator(
      name = "complaint_contact_seq",
      sequenceName = "complaint_contact_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "complaint_id", nullable = false)
  private Complaint complaint;

  @Column(name = "contacted_at", nullable = false)
  private Instant contactedAt;

  @Column(name = "handler_id", nullable = false, length = 64)
  private String handlerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "method", nullable = false, length = 20)
  private ContactMethod method;

  @Column(name = "reached", nullable = false)
  private boolean reached;

  @Column(name = "summary", nullable = false, length = 2000)
  private String summary;

  protected ContactRecord() {}

  public ContactRecord(
      Complaint complaint,
      Instant contactedAt,
      String handlerId,
      ContactMethod method,
      boolean reached,
      String summary) {
    this.complaint = Objects.requireNonNull(complaint);
    this.contactedAt = Objects.requireNonNull(contactedAt);
    this.handlerId = Objects.requireNonNull(handlerId);
    this.method = Objects.requireNonNull(method);
    this.reached = reached;
    this.summary = Objects.requireNonNull(summary);
  }

  public Instant contactedAt() {
    return contactedAt;
  }

  public String handlerId() {
    return handlerId;
  }

  public ContactMethod method() {
    return method;
  }

  public boolean reached() {
    return reached;
  }

  public String summary() {
    return summary;
  }
}
