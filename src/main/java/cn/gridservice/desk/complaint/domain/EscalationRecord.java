package cn.gridservice.desk.complaint.domain;

import cn.gridservice.desk.security.Role;
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

/** The complaint reached an escalation level: why, whom it was sent to, and who acknowledged it. */
@Entity
@Table(name = "escalation_record")
@NamedQuery(
    name = "EscalationRecord.of",
    query = "SELECT r FROM EscalationRecord r WHERE r.complaint = :c ORDER BY r.escalatedAt, r.id")
@NamedQuery(
    name = "EscalationRecord.openOfLevel",
    query =
        "SELECT r FROM EscalationRecord r WHERE r.complaint = :c"
            + " AND r.level = :level AND r.acknowledgedAt IS NULL ORDER BY r.escalatedAt DESC, r.id DESC")
public class EscalationRecord {

  public enum Cause {
    /** 重大/特殊 complaints go to level 3 when they are graded. */
    GRADE,
    CONTACT_BREACH,
    REPLY_BREACH,
    /** The second reopen raised the grade. */
    REOPENED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "escalation_record_seq")
  @SequenceGenerator(
      name = "escalation_record_seq",
      sequenceName = "escalation_record_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "complaint_id", nullable = false)
  private Complaint complaint;

  @Column(name = "level", nullable = false)
  private int level;

  @Enumerated(EnumType.STRING)
  @Column(name = "cause", nullable = false, length = 30)
  private Cause cause;

  @Column(name = "escalated_at", nullable = false)
  private Instant escalatedAt;

  /** The limit that was breached; null for a grade or reopen escalation. */
  @Column(name = "due_at")
  private Instant dueAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "notified_role", length = 30)
  private Role notifiedRole;

  @Column(name = "acknowledged_by", length = 64)
  private String acknowledgedBy;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  protected EscalationRecord() {}

  public EscalationRecord(
      Complaint complaint,
      int level,
      Cause cause,
      Instant escalatedAt,
      Instant dueAt,
      Role notifiedRole) {
    this.complaint = Objects.requireNonNull(complaint);
    this.level = level;
    this.cause = Objects.requireNonNull(cause);
    this.escalatedAt = Objects.requireNonNull(escalatedAt);
    this.dueAt = dueAt;
    this.notifiedRole = notifiedRole;
  }

  public void acknowledge(String by, Instant at) {
    this.acknowledgedBy = Objects.requireNonNull(by);
    this.acknowledgedAt = Objects.requireNonNull(at);
  }

  public int level() {
    return level;
  }

  public Cause cause() {
    return cause;
  }

  public Instant escalatedAt() {
    return escalatedAt;
  }

  public Instant dueAt() {
    return dueAt;
  }

  public Role notifiedRole() {
    return notifiedRole;
  }

  public String acknowledgedBy() {
    return acknowledgedBy;
  }

  public Instant acknowledgedAt() {
    return acknowledgedAt;
  }
}
