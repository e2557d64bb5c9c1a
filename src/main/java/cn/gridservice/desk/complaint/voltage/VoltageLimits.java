package cn.gridservice.desk.complaint.voltage;

import java.math.BigDecimal;

/**
 * One row of {@code processes/voltageCompliance.dmn}: the allowed deviations in percent of the
 * nominal voltage; a null limit is not checked. A row that makes no sense is the table's fault, not
 * the caller's, hence {@link IllegalStateException} (an API error 500, never a 400).
 *
 * @param upperLimitPercent highest allowed (max − nominal) / nominal × 100, ≥ 0
 * @param lowerLimitPercent lowest allowed (min − nominal) / nominal × 100, ≤ 0
 * @param sumLimitPercent highest allowed sum of the positive and the absolute negative deviation, ≥
 *     0
 * @param rule short id of the limit, e.g. {@code SINGLE_PHASE_+7/-10}
 */
public record VoltageLimits(
    BigDecimal upperLimitPercent,
    BigDecimal lowerLimitPercent,
    BigDecimal sumLimitPercent,
    String rule) {

  public VoltageLimits {
    if (upperLimitPercent == null && lowerLimitPercent == null && sumLimitPercent == null) {
      throw new IllegalStateException("voltageCompliance: rule " + rule + " has no limit");
    }
    if (upperLimitPercent != null && upperLimitPercent.signum() < 0) {
      throw new IllegalStateException(
          "voltageCompliance: rule "
              + rule
              + " has a negative upperLimitPercent "
              + upperLimitPercent);
    }
    if (lowerLimitPercent != null && lowerLimitPercent.signum() > 0) {
      throw new IllegalStateException(
          "voltageCompliance: rule "
              + rule
              + " has a positive lowerLimitPercent "
              + lowerLimitPercent
              + " (write it negative, e.g. -10)");
    }
    if (sumLimitPercent != null && sumLimitPercent.signum() < 0) {
      throw new IllegalStateException(
          "voltageCompliance: rule " + rule + " has a negative sumLimitPercent " + sumLimitPercent);
    }
    if (rule == null || rule.isBlank()) {
      throw new IllegalStateException("voltageCompliance: a row without rule id");
    }
  }
}
