package cn.gridservice.desk.aftersales.domain;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** What a technician did on site (or why it could not be finished), with the parts used. */
@Entity
@Table(name = "work_record")
public class WorkRecord {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "work_record_seq")
  @SequenceGenerator(
      name = "work_record_seq",
      sequenceName = "work_record_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private ServiceCase serviceCase;

  @Column(name = "technician_id", nullable = false, length = 64)
  private String technicianId;

  @Column(name = "completed", nullable = false)
  private boolean completed;

  @Column(name = "work_done", length = 2000)
  private String workDone;

  @Column(name = "cause", length = 1000)
  private String cause;

  @Enumerated(EnumType.STRING)
  @Column(name = "not_finished_reason", length = 30)
  private NotFinishedReason notFinishedReason;

  @Column(name = "note", length = 1000)
  private String note;

  /** Only for work outside the warranty. */
  @Column(name = "charge", precision = 12, scale = 2)
  private BigDecimal charge;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
  @JoinColumn(name = "work_record_id", nullable = false)
  private List<PartUsage> parts = new ArrayList<>();

  protected WorkRecord() {}

  public static WorkRecord completed(
      ServiceCase serviceCase,
      String technicianId,
      String workDone,
      String cause,
      BigDecimal charge,
      List<PartUsage> parts,
      Instant at) {
    WorkRecord r = new WorkRecord(serviceCase, technicianId, at);
    r.completed = true;
    r.workDone = workDone;
    r.cause = cause;
    r.charge = charge;
    r.parts.addAll(parts);
    return r;
  }

  public static WorkRecord notFinished(
      ServiceCase serviceCase,
      String technicianId,
      NotFinishedReason reason,
      String note,
      Instant at) {
    WorkRecord r = new WorkRecord(serviceCase, technicianId, at);
    r.completed = false;
    r.notFinishedReason = Objects.requireNonNull(reason);
    r.note = note;
    return r;
  }

  private WorkRecord(ServiceCase serviceCase, String technicianId, Instant at) {
    this.serviceCase = Objects.requireNonNull(serviceCase);
    this.technicianId = Objects.requireNonNull(technicianId);
    this.recordedAt = at;
  }

  public boolean isCompleted() {
    return completed;
  }

  public List<PartUsage> parts() {
    return Collections.unmodifiableList(parts);
  }

  public BigDecimal charge() {
    return charge;
  }
}
