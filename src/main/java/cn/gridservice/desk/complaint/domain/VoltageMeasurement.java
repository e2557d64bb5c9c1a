package cn.gridservice.desk.complaint.domain;

import cn.gridservice.desk.complaint.application.ComplaintView;
import cn.gridservice.desk.complaint.voltage.VoltageVerdict;
import cn.gridservice.desk.platform.Times;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** Voltage measured at the supply point of a supply-quality complaint, with the check's verdict. */
@Entity
@Table(name = "voltage_measurement")
@NamedQuery(
    name = "VoltageMeasurement.of",
    query = "SELECT m FROM VoltageMeasurement m WHERE m.complaint = :c ORDER BY m.measuredAt, m.id")
public class VoltageMeasurement {

  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "voltage_measurement_seq")
  @SequenceGenerator(
      name = "voltage_measurement_seq",
      sequenceName = "voltage_measurement_seq",
      allocationSize = 50)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "complaint_id", nullable = false)
  private Complaint complaint;

  @Column(name = "supply", nullable = false, length = 40)
  private String supply;

  @Column(name = "nominal_volts", nullable = false, precision = 12, scale = 3)
  private BigDecimal nominalVolts;

  @Column(name = "max_volts", nullable = false, precision = 12, scale = 3)
  private BigDecimal maxVolts;

  @Column(name = "min_volts", nullable = false, precision = 12, scale = 3)
  private BigDecimal minVolts;

  @Column(name = "compliant", nullable = false)
  private boolean compliant;

  @Column(name = "upper_deviation_pct", nullable = false, precision = 9, scale = 3)
  private BigDecimal upperDeviationPercent;

  @Column(name = "lower_deviation_pct", nullable = false, precision = 9, scale = 3)
  private BigDecimal lowerDeviationPercent;

  @Column(name = "exceeded_by_pct", nullable = false, precision = 9, scale = 3)
  private BigDecimal exceededByPercent;

  @Column(name = "rule_applied", nullable = false, length = 60)
  private String rule;

  @Column(name = "measured_by", nullable = false, length = 64)
  private String measuredBy;

  @Column(name = "measured_at", nullable = false)
  private Instant measuredAt;

  protected VoltageMeasurement() {}

  public VoltageMeasurement(
      Complaint complaint, VoltageVerdict verdict, String measuredBy, Instant measuredAt) {
    this.complaint = Objects.requireNonNull(complaint);
    this.supply = verdict.supply();
    this.nominalVolts = verdict.nominalVolts();
    this.maxVolts = verdict.maxVolts();
    this.minVolts = verdict.minVolts();
    this.compliant = verdict.compliant();
    this.upperDeviationPercent = verdict.upperDeviationPercent();
    this.lowerDeviationPercent = verdict.lowerDeviationPercent();
    this.exceededByPercent =
        verdict.exceededByPercent() == null ? BigDecimal.ZERO : verdict.exceededByPercent();
    this.rule = verdict.rule();
    this.measuredBy = Objects.requireNonNull(measuredBy);
    this.measuredAt = Objects.requireNonNull(measuredAt);
  }

  public boolean compliant() {
    return compliant;
  }

  /** For the timeline: 220 V: 231.0–196.0 V, +5.00 % / −10.91 %, not compliant (rule). */
  public String summary() {
    return supply
        + " "
        + nominalVolts.stripTrailingZeros().toPlainString()
        + " V: "
        + maxVolts.stripTrailingZeros().toPlainString()
        + "–"
        + minVolts.stripTrailingZeros().toPlainString()
        + " V, "
        + upperDeviationPercent.toPlainString()
        + "% / "
        + lowerDeviationPercent.toPlainString()
        + "%, "
        + (compliant ? "compliant" : "NOT compliant")
        + " ("
        + rule
        + ")";
  }

  public ComplaintView.Measurement view() {
    return new ComplaintView.Measurement(
        Times.toBusinessTime(measuredAt),
        measuredBy,
        supply,
        nominalVolts,
        maxVolts,
        minVolts,
        compliant,
        upperDeviationPercent,
        lowerDeviationPercent,
        exceededByPercent,
        rule);
  }
}
