package cn.gridservice.desk.complaint.voltage;

import cn.gridservice.desk.platform.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;

/**
 * Is the supply voltage of a complaint within the allowed deviation (供电营业规则 第五十四条)? The limits come
 * from the decision table {@code processes/voltageCompliance.dmn}, keyed by the supply type; this
 * class checks the input, computes the deviations and compares.
 *
 * <p>Deviations are in percent of the nominal voltage: upper = (max − nominal) / nominal × 100,
 * lower = (min − nominal) / nominal × 100. The comparisons are exact (BigDecimal, multiplied out
 * instead of divided), so the boundaries are inclusive to the last digit: 198.0 V and 235.4 V on
 * 220 V comply, 235.41 V does not. Only the reported figures are rounded.
 *
 * <p>The sum rule (35 kV and above): the positive deviation is that of max when max is above
 * nominal, else 0; the negative deviation is that of min when min is below nominal, else 0; their
 * absolute values are added. So max and min both above nominal count only max's deviation, both
 * below count only min's: the sum is the span of the excursions away from nominal on either side.
 *
 * <p>Input problems are {@link InvalidInput} (400) with one message key per field ({@code
 * invalid.voltage.<field>.<problem>}, texts in {@code i18n/messages_*.properties}).
 */
@ApplicationScoped
public class VoltageCheck {

  public static final String DECISION_KEY = "voltageCompliance";

  /** Measured values above this multiple of the nominal voltage are taken for typing errors. */
  public static final BigDecimal MAX_MEASURED_FACTOR = BigDecimal.valueOf(3);

  /**
   * More decimals than this are refused (no meter reads microvolts; keeps the arithmetic small).
   */
  public static final int MAX_DECIMALS = 6;

  /** Scale of the reported percentages. */
  public static final int DISPLAY_SCALE = 2;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  @Inject DecisionService decisionService;

  public VoltageCheck() {}

  /** For tests on an engine outside the container. */
  public VoltageCheck(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  /**
   * Checks the request and judges it against the decision table.
   *
   * @throws InvalidInput naming every field that cannot be accepted (also {@code body} for none)
   */
  public VoltageVerdict check(VoltageCheckRequest request) {
    if (request == null) {
      throw InvalidInput.of("body", key("body", "required"));
    }
    InvalidInput.Collector errors = InvalidInput.collect();
    VoltageSupply supply = null;
    if (request.supply() == null || request.supply().isBlank()) {
      errors.add("supply", key("supply", "required"));
    } else {
      supply = VoltageSupply.fromCode(request.supply().strip()).orElse(null);
      if (supply == null) {
        errors.add("supply", key("supply", "unknown"));
      }
    }
    BigDecimal nominal = volts(errors, "nominalVolts", request.nominalVolts());
    if (nominal != null
        && !(supply == null ? withinAnySupply(nominal) : supply.admitsNominal(nominal))) {
      errors.add("nominalVolts", key("nominalVolts", "outOfRange"));
      nominal = null;
    }
    BigDecimal max = measured(errors, "maxVolts", request.maxVolts(), nominal);
    BigDecimal min = measured(errors, "minVolts", request.minVolts(), nominal);
    if (max != null && min != null && max.compareTo(min) < 0) {
      errors.add("maxVolts", key("maxVolts", "belowMin"));
    }
    errors.throwIfAny();
    return judge(supply, limits(supply), nominal, max, min);
  }

  /** The same for callers that hold the supply type already. */
  public VoltageVerdict check(
      VoltageSupply supply, BigDecimal nominalVolts, BigDecimal maxVolts, BigDecimal minVolts) {
    return check(
        new VoltageCheckRequest(
            supply == null ? null : supply.code(), nominalVolts, maxVolts, minVolts));
  }

  /** The limits of a supply type, from the decision table. */
  public VoltageLimits limits(VoltageSupply supply) {
    DmnDecisionResult result =
        decisionService
            .evaluateDecisionByKey(DECISION_KEY)
            .variables(Map.of("supply", supply.code()))
            .evaluate();
    if (result.isEmpty()) {
      throw new IllegalStateException("voltageCompliance has no row for supply " + supply.code());
    }
    // an empty cell leaves its output out of the row (getEntry would fail on it): the limit is not
    // checked
    Map<String, Object> row = result.getSingleResult().getEntryMap();
    Object rule = row.get("rule");
    return new VoltageLimits(
        decimal(row.get("upperLimitPercent")),
        decimal(row.get("lowerLimitPercent")),
        decimal(row.get("sumLimitPercent")),
        rule == null ? null : rule.toString());
  }

  /**
   * Judges checked values (nominal &gt; 0, min ≤ max) against a rule's limits; no engine involved.
   */
  public static VoltageVerdict judge(
      VoltageSupply supply,
      VoltageLimits limits,
      BigDecimal nominal,
      BigDecimal max,
      BigDecimal min) {
    // deviations times the nominal voltage: comparing d × nominal with limit × nominal needs no
    // division
    BigDecimal upper = max.subtract(nominal).multiply(HUNDRED);
    BigDecimal lower = min.subtract(nominal).multiply(HUNDRED);
    BigDecimal worstExcess = BigDecimal.ZERO;
    if (limits.upperLimitPercent() != null) {
      worstExcess = worstExcess.max(upper.subtract(limits.upperLimitPercent().multiply(nominal)));
    }
    if (limits.lowerLimitPercent() != null) {
      worstExcess = worstExcess.max(limits.lowerLimitPercent().multiply(nominal).subtract(lower));
    }
    BigDecimal sumPercent = null;
    if (limits.sumLimitPercent() != null) {
      BigDecimal sum = upper.max(BigDecimal.ZERO).add(lower.min(BigDecimal.ZERO).negate());
      worstExcess = worstExcess.max(sum.subtract(limits.sumLimitPercent().multiply(nominal)));
      sumPercent = sum.divide(nominal, DISPLAY_SCALE, RoundingMode.HALF_UP);
    }
    boolean compliant = worstExcess.signum() == 0;
    return new VoltageVerdict(
        compliant,
        upper.divide(nominal, DISPLAY_SCALE, RoundingMode.HALF_UP),
        lower.divide(nominal, DISPLAY_SCALE, RoundingMode.HALF_UP),
        limits.rule(),
        worstExcess.divide(nominal, DISPLAY_SCALE, RoundingMode.CEILING),
        sumPercent,
        limits.upperLimitPercent(),
        limits.lowerLimitPercent(),
        limits.sumLimitPercent(),
        supply.code(),
        nominal,
        max,
        min);
  }

  // --- input ---

  /**
   * The message keys of the input problems, written out whole so that a test can find each in the
   * bundles.
   */
  private static final java.util.Set<String> KEYS =
      java.util.Set.of(
          "invalid.voltage.body.required",
          "invalid.voltage.supply.required",
          "invalid.voltage.supply.unknown",
          "invalid.voltage.nominalVolts.required",
          "invalid.voltage.nominalVolts.notPositive",
          "invalid.voltage.nominalVolts.outOfRange",
          "invalid.voltage.nominalVolts.decimals",
          "invalid.voltage.maxVolts.required",
          "invalid.voltage.maxVolts.notPositive",
          "invalid.voltage.maxVolts.tooLarge",
          "invalid.voltage.maxVolts.decimals",
          "invalid.voltage.maxVolts.belowMin",
          "invalid.voltage.minVolts.required",
          "invalid.voltage.minVolts.notPositive",
          "invalid.voltage.minVolts.tooLarge",
          "invalid.voltage.minVolts.decimals");

  /** {@code invalid.voltage.<field>.<problem>}: the message key of an input problem. */
  static String key(String field, String problem) {
    String key = InvalidInput.KEY_PREFIX + "voltage." + field + "." + problem;
    if (!KEYS.contains(key)) {
      throw new IllegalArgumentException("no message for " + key);
    }
    return key;
  }

  /**
   * A voltage that is there, positive and not too finely written; else null and the problem noted.
   */
  private static BigDecimal volts(InvalidInput.Collector errors, String field, BigDecimal value) {
    if (value == null) {
      errors.add(field, key(field, "required"));
      return null;
    }
    if (value.signum() <= 0) {
      errors.add(field, key(field, "notPositive"));
      return null;
    }
    // before any arithmetic: 1E-999999999 would make every subtraction enormous
    if (value.stripTrailingZeros().scale() > MAX_DECIMALS) {
      errors.add(field, key(field, "decimals"));
      return null;
    }
    return value;
  }

  private static BigDecimal measured(
      InvalidInput.Collector errors, String field, BigDecimal value, BigDecimal nominal) {
    BigDecimal volts = volts(errors, field, value);
    if (volts != null
        && nominal != null
        && volts.compareTo(nominal.multiply(MAX_MEASURED_FACTOR)) > 0) {
      errors.add(field, key(field, "tooLarge"));
      return null;
    }
    return volts;
  }

  /** Without a known supply type the nominal voltage must still be possible for some type. */
  private static boolean withinAnySupply(BigDecimal nominal) {
    for (VoltageSupply supply : VoltageSupply.values()) {
      if (supply.admitsNominal(nominal)) {
        return true;
      }
    }
    return false;
  }

  private static BigDecimal decimal(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof Double || value instanceof Float) {
      // the shortest text of the double: 7.0 stays 7.0, not 7.000000000000000177…
      return new BigDecimal(value.toString());
    }
    if (value instanceof Number number) {
      return BigDecimal.valueOf(number.longValue());
    }
    return new BigDecimal(value.toString().strip());
  }
}
