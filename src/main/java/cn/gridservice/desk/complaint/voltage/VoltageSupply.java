package cn.gridservice.desk.complaint.voltage;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * How the customer is supplied, as 供电营业规则 第五十四条 distinguishes it. {@link #code()} is the name in
 * the API and in {@code voltageCompliance.dmn} ({@code 35KV_AND_ABOVE} cannot be a Java name); the
 * label is {@code voltage.supply.<NAME>} in the messages.
 *
 * <p>Each type also bounds the nominal voltage it can have: not to choose the rule (a 380 V
 * three-phase point is fine), but to refuse what cannot be meant, such as a single-phase point of
 * 10,000 V or a nominal voltage typed in kV (0.22). The bounds are inclusive.
 */
public enum VoltageSupply {

  /** 220 V single-phase; low voltage, so a nominal voltage of 100 V to 1,000 V. */
  SINGLE_PHASE_220V("SINGLE_PHASE_220V", "100", "1000"),
  /**
   * Three-phase at 10 kV and below (380 V, 3 kV, 6 kV, 10 kV); up to 20 kV because GB/T 12325-2008
   * puts 20 kV under the same ±7 %.
   */
  THREE_PHASE_10KV_AND_BELOW("THREE_PHASE_10KV_AND_BELOW", "100", "20000"),
  /** 35 kV and above, up to 1,000 kV (the highest AC voltage in the grid). */
  KV35_AND_ABOVE("35KV_AND_ABOVE", "35000", "1000000");

  private final String code;
  private final BigDecimal lowestNominalVolts;
  private final BigDecimal highestNominalVolts;

  VoltageSupply(String code, String lowestNominalVolts, String highestNominalVolts) {
    this.code = code;
    this.lowestNominalVolts = new BigDecimal(lowestNominalVolts);
    this.highestNominalVolts = new BigDecimal(highestNominalVolts);
  }

  /** The name in the API and in the decision table, e.g. {@code 35KV_AND_ABOVE}. */
  public String code() {
    return code;
  }

  public BigDecimal lowestNominalVolts() {
    return lowestNominalVolts;
  }

  public BigDecimal highestNominalVolts() {
    return highestNominalVolts;
  }

  /** Whether a nominal voltage can be meant for this supply (bounds inclusive). */
  public boolean admitsNominal(BigDecimal nominalVolts) {
    return nominalVolts.compareTo(lowestNominalVolts) >= 0
        && nominalVolts.compareTo(highestNominalVolts) <= 0;
  }

  /**
   * @return the supply with this code (exactly as written, e.g. {@code 35KV_AND_ABOVE}), if any
   */
  public static Optional<VoltageSupply> fromCode(String code) {
    return Arrays.stream(values()).filter(supply -> supply.code.equals(code)).findFirst();
  }

  public static List<String> codes() {
    return Arrays.stream(values()).map(VoltageSupply::code).toList();
  }
}
