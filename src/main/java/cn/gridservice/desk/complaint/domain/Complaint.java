package cn.gridservice.desk.complaint.domain;

import cn.gridservice.desk.customer.domain.Channel;
import cn.gridservice.desk.customer.domain.Customer;
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
 * A customer's complaint (投诉), numbered like {@code TS-2026-000045}: its class and grade, the
 * escalation level it reached, the two limits counted from acceptance (contact the customer, reply
 * with a resolution) and when they were kept.
 */
@Entity
@Table(name = "complaint")
@NamedQuery(
    name = "Complaint.byNo",
    query =
        "SELECT c FROM Complaint c JOIN FETCH c.customer"
            + " LEFT JOIN FETCH c.earlierComplaint LEFT JOIN FETCH c.serviceCase WHERE c.complaintNo = :no")
@NamedQuery(
    name = "Complaint.byProcessInstance",
    query = "SELECT c FROM Complaint c JOIN FETCH c.customer WHERE c.processInstanceId = :id")
@NamedQuery(
    name = "Complaint.byProcessInstances",
    query = "SELECT c FROM Complaint c JOIN FETCH c.customer WHERE c.processInstanceId IN :ids")
@NamedQuery(
    name = "Complaint.earlierOfClass",
    query =
        "SELECT c FROM Complaint c WHERE c.customer = :customer"
            + " AND c.complaintClass = :class AND c.acceptedAt >= :since AND c.id <> :self ORDER BY c.acceptedAt DESC, c.id DESC")
@NamedQuery(
    name = "Complaint.ofCustomer",
    query =
        "SELECT c FROM Complaint c JOIN FETCH c.customer LEFT JOIN FETCH c.earlierComplaint LEFT JOIN FETCH c.serviceCase"
            + " WHERE c.customer.customerNo = :no ORDER BY c.acceptedAt DESC")
public class Complaint {

  public static final String NUMBER_PREFIX = "TS";
  public static final int MAX_DESCRIPTION = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
  @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
  private Long id;

  @Column(name = "complaint_no", nullable = false, unique = true, length = 20)
  private String complaintNo;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id", nullable = false)
  private Customer customer;

  @Enumerated(EnumType.STRING)
  @Column(name = "complaint_class", nullable = false, length = 30)
  private ComplaintClass complaintClass;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 20)
  private Channel channel;

  @Enumerated(EnumType.STRING)
  @Column(name = "referral", nullable = false, length = 20)
  private Referral referral;

  @Column(name = "description", nullable = false, length = MAX_DESCRIPTION)
  private String description;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "service_case_id")
  private LinkedCase serviceCase;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "earlier_complaint_id")
  private Complaint earlierComplaint;

  @Enumerated(EnumType.STRING)
  @Column(name = "grade", length = 20)
  private Grade grade;

  @Column(name = "escalation_level", nullable = false)
  private int escalationLevel;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ComplaintStatus status;

  @Column(name = "reopen_count", nullable = false)
  private int reopenCount;

  @Column(name = "accepted_at", nullable = false)
  private Instant acceptedAt;

  @Column(name = "contact_due")
  private Instant contactDue;

  @Column(name = "reply_counts_from")
  private Instant replyCountsFrom;

  @Column(name = "reply_due")
  private Instant replyDue;

  @Column(name = "due_provisional", nullable = false)
  private boolean dueProvisional;

  @Column(name = "contacted_at")
  private Instant contactedAt;

  @Column(name = "replied_at")
  private Instant repliedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Column(name = "satisfied")
  private Boolean satisfied;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Complaint() {}

  public Complaint(
      String complaintNo,
      Customer customer,
      ComplaintClass complaintClass,
      Channel channel,
      Referral referral,
      String description,
      Instant acceptedAt,
      String createdBy) {
    this.complaintNo = Objects.requireNonNull(complaintNo, "complaintNo");
    this.customer = Objects.requireNonNull(customer, "customer");
    this.complaintClass = Objects.requireNonNull(complaintClass, "complaintClass");
    this.channel = Objects.requireNonNull(channel, "channel");
    this.referral = referral == null ? Referral.NONE : referral;
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("description is required");
    }
    this.description = description;
    this.acceptedAt = Objects.requireNonNull(acceptedAt, "acceptedAt");
    this.replyCountsFrom = acceptedAt;
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.status = ComplaintStatus.OPEN;
  }

  public void linkCase(LinkedCase serviceCase) {
    this.serviceCase = serviceCase;
  }

  /** Links the earlier complaint of the same customer and class this one repeats. */
  public void repeats(Complaint earlier) {
    this.earlierComplaint = earlier;
  }

  public void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public void graded(Grade grade) {
    this.grade = Objects.requireNonNull(grade);
  }

  /** Raises the escalation level; a lower level than the present one changes nothing. */
  public boolean escalateTo(int level) {
    if (level <= escalationLevel) {
      return false;
    }
    escalationLevel = level;
    return true;
  }

  public void dueDates(Instant contactDue, Instant replyDue, boolean provisional) {
    this.contactDue = contactDue;
    this.replyDue = replyDue;
    this.dueProvisional = provisional;
  }

  public void contacted(Instant at) {
    if (contactedAt == null) {
      contactedAt = at;
    }
  }

  public void replied(Instant at) {
    repliedAt = at;
    status = ComplaintStatus.REPLIED;
  }

  /** Not satisfied: handled again, the reply limit counted afresh from now. */
  public int reopen(Instant at) {
    reopenCount++;
    satisfied = false;
    status = ComplaintStatus.OPEN;
    replyCountsFrom = at;
    repliedAt = null;
    return reopenCount;
  }

  public void archive(Instant at) {
    satisfied = true;
    status = ComplaintStatus.ARCHIVED;
    closedAt = at;
  }

  public Long id() {
    return id;
  }

  public String complaintNo() {
    return complaintNo;
  }

  public Customer customer() {
    return customer;
  }

  public ComplaintClass complaintClass() {
    return complaintClass;
  }

  public Channel channel() {
    return channel;
  }

  public Referral referral() {
    return referral;
  }

  public String description() {
    return description;
  }

  public LinkedCase serviceCase() {
    return serviceCase;
  }

  public Complaint earlierComplaint() {
    return earlierComplaint;
  }

  public Grade grade() {
    return grade;
  }

  public int escalationLevel() {
    return escalationLevel;
  }

  public ComplaintStatus status() {
    return status;
  }

  public int reopenCount() {
    return reopenCount;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }

  public Instant contactDue() {
    return contactDue;
  }

  public Instant replyCountsFrom() {
    return replyCountsFrom;
  }

  public Instant replyDue() {
    return replyDue;
  }

  public boolean dueProvisional() {
    return dueProvisional;
  }

  public Instant contactedAt() {
    return contactedAt;
  }

  public Instant repliedAt() {
    return repliedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }

  public Boolean satisfied() {
    return satisfied;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public String createdBy() {
    return createdBy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Complaint other && complaintNo.equals(other.complaintNo);
  }

  @Override
  public int hashCode() {
    return complaintNo.hashCode();
  }

  @Override
  public String toString() {
    return complaintNo;
  }
}
