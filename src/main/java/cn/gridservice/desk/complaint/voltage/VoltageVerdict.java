package cn.gridservice.desk.complaint.voltage;

import java.math.BigDecimal;

/**
 * The answer of the voltage check, as the API writes it. Percentages are of the nominal voltage,
 * rounded to 2 decimals for display; whether the values comply was decided on the exact values.
 *
 * @param compliant every limit of the rule is kept (boundaries inclusive)
 * @param upperDeviationPercent (max − nominal) / nominal × 100, HALF_UP; negative when max is below
 *     nominal
 * @param lowerDeviationPercent (min − nominal) / nominal × 100, HALF_UP; negative when min is below
 *     nominal
 * @param rule the limit that applied, from the decision table, e.g. {@code 35KV_SUM_10}
 * @param exceededByPercent percentage points beyond the limit that is exceeded most, rounded UP to
 *     2 decimals so that a breach never shows as 0.00; 0.00 when compliant
 * @param sumDeviationPercent positive deviation (max above nominal, else 0) + absolute negative
 *     deviation (min below nominal, else 0), HALF_UP; only when the rule has a sum limit, else null
 * @param upperLimitPercent the rule's limits (null = not part of the rule)
 * @param supply the supply type's code, e.g. {@code 35KV_AND_ABOVE}
 */
public record VoltageVerdict(
    boolean compliant,
    BigDecimal upperDeviationPercent,
    BigDecimal lowerDeviationPercent,
    String rule,
    BigDecimal exceededByPercent,
    BigDecimal sumDeviationPercent,
    BigDecimal upperLimitPercent,
    BigDecimal lowerLimitPercent,
    BigDecimal sumLimitPercent,
    String supply,
    BigDecimal nominalVolts,
    BigDecimal maxVolts,
    BigDecimal minVolts) {}
