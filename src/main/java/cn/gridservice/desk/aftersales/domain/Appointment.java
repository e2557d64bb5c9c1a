package cn.gridservice.desk.aftersales.domain;

import cn.gridservice.desk.staff.domain.StaffMember;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** The visit a dispatcher agreed with the customer: which technician, which time window. */
@Entity
@Table(name = "appointment")
public class Appointment {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appointment_seq")
  @SequenceGenerator(
      name = "appointment_seq",
      sequenceName = "appointment_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id", nullable = false)
  private ServiceCase serviceCase;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "technician_id", nullable = false)
  private StaffMember technician;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "note", length = 1000)
  private String note;

  @Column(name = "scheduled_by", nullable = false, length = 64)
  private String scheduledBy;

  @Column(name = "scheduled_at", nullable = false)
  private Instant scheduledAt;

  protected Appointment() {}

  public Appointment(
      ServiceCase serviceCase,
      StaffMember technician,
      Instant startsAt,
      Instant endsAt,
      String note,
      String scheduledBy,
      Instant scheduledAt) {
    this.serviceCase = Objects.requireNonNull(serviceCase);
    this.technician = Objects.requireNonNull(technician);
    if (!endsAt.isAfter(startsAt)) {
      throw new IllegalArgumentException("an appointment ends after it starts");
    }
    this.startsAt = startsAt;
    this.endsAt = endsAt;
    this.note = note;
    this.scheduledBy = scheduledBy;
    this.scheduledAt = scheduledAt;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public StaffMember technician() {
    return technician;
  }
}
