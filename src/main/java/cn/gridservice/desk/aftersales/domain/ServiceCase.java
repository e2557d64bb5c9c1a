package cn.gridservice.desk.aftersales.domain;

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

/** An after-sales service case (售后服务工单), numbered like {@code SH-2026-000123}. */
@Entity
@Table(name = "service_case")
@NamedQuery(
    name = "ServiceCase.byProcessInstances",
    query = "SELECT c FROM ServiceCase c JOIN FETCH c.customer WHERE c.processInstanceId IN :ids")
@NamedQuery(
    name = "ServiceCase.byNo",
    query = "SELECT c FROM ServiceCase c JOIN FETCH c.customer WHERE c.caseNo = :no")
public class ServiceCase {

  public static final String NUMBER_PREFIX = "SH";

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_case_seq")
  @SequenceGenerator(
      name = "service_case_seq",
      sequenceName = "service_case_seq",
      allocationSize = 50)
  private Long id;

  @Column(name = "case_no", nullable = false, unique = true, length = 20)
  private String caseNo;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id", nullable = false)
  private Customer customer;

  @Enumerated(EnumType.STRING)
  @Column(name = "service_type", nullable = false, length = 30)
  private ServiceType serviceType;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, length = 20)
  private Channel channel;

  @Column(name = "description", nullable = false, length = 2000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private CaseStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "warranty", length = 20)
  private Warranty warranty;

  @Column(name = "process_instance_id", length = 64)
  private String processInstanceId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 64)
  private String createdBy;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected ServiceCase() {}

  public ServiceCase(
      String caseNo,
      Customer customer,
      ServiceType serviceType,
      Channel channel,
      String description,
      String createdBy) {
    this.caseNo = Objects.requireNonNull(caseNo, "caseNo");
    this.customer = Objects.requireNonNull(customer, "customer");
    this.serviceType = Objects.requireNonNull(serviceType, "serviceType");
    this.channel = Objects.requireNonNull(channel, "channel");
    if (description == null || description.isBlank()) {
      throw new IllegalArgumentException("description is required");
    }
    this.description = description;
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.status = CaseStatus.OPEN;
    this.createdAt = Instant.now();
  }

  public void warranty(Warranty warranty) {
    this.warranty = warranty;
  }

  public Warranty warranty() {
    return warranty == null ? Warranty.UNKNOWN : warranty;
  }

  public void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** The case ends: resolved after a satisfied follow-up, rejected at acceptance, or cancelled. */
  public void close(CaseStatus outcome) {
    if (outcome == CaseStatus.OPEN) {
      throw new IllegalArgumentException("a case is closed as RESOLVED, REJECTED or CANCELLED");
    }
    if (status != CaseStatus.OPEN) {
      throw new IllegalStateException("case " + caseNo + " is already " + status);
    }
    this.status = outcome;
  }

  public Long id() {
    return id;
  }

  public String caseNo() {
    return caseNo;
  }

  public Customer customer() {
    return customer;
  }

  public ServiceType serviceType() {
    return serviceType;
  }

  public Channel channel() {
    return channel;
  }

  public String description() {
    return description;
  }

  public CaseStatus status() {
    return status;
  }

  public String processInstanceId() {
    return processInstanceId;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
