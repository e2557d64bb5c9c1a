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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * A reply the handler drafted: approved or returned with a reason by the grade's approver (none for
 * a general complaint), and sent to the customer.
 */
@Entity
@Table(name = "reply_draft")
@NamedQuery(
    name = "ReplyDraft.of",
    query = "SELECT d FROM ReplyDraft d WHERE d.complaint = :c ORDER BY d.draftedAt, d.id")
public class ReplyDraft {

  public static final int MAX_TEXT = 4000;

  public enum Decision {
    APPROVED,
    RETURNED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reply_draft_seq")
  @SequenceGenerator(
      name = "reply_draft_seq",
      sequenceName = "reply_draft_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "complaint_id", nullable = false)
  private Complaint complaint;

  @Column(name = "text", nullable = false, length = MAX_TEXT)
  private String text;

  @Column(name = "drafted_by", nullable = false, length = 64)
  private String draftedBy;

  @Column(name = "drafted_at", nullable = false)
  private Instant draftedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "approver_role", length = 30)
  private Role approverRole;

  @Enumerated(EnumType.STRING)
  @Column(name = "decision", length = 20)
  private Decision decision;

  @Column(name = "decided_by", length = 64)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_reason", length = 2000)
  private String decisionReason;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ReplyDraft() {}

  public ReplyDraft(
      Complaint complaint, String text, String draftedBy, Instant draftedAt, Role approverRole) {
    this.complaint = Objects.requireNonNull(complaint);
    this.text = Objects.requireNonNull(text);
    this.draftedBy = Objects.requireNonNull(draftedBy);
    this.draftedAt = Objects.requireNonNull(draftedAt);
    this.approverRole = approverRole;
  }

  public void decide(Decision decision, String by, Instant at, String reason) {
    this.decision = Objects.requireNonNull(decision);
    this.decidedBy = Objects.requireNonNull(by);
    this.decidedAt = Objects.requireNonNull(at);
    this.decisionReason = reason;
  }

  public void sent(Instant at) {
    this.sentAt = at;
  }

  public Long id() {
    return id;
  }

  public String text() {
    return text;
  }

  public String draftedBy() {
    return draftedBy;
  }

  public Instant draftedAt() {
    return draftedAt;
  }

  public Role approverRole() {
    return approverRole;
  }

  public Decision decision() {
    return decision;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String decisionReason() {
    return decisionReason;
  }

  public Instant sentAt() {
    return sentAt;
  }
}
