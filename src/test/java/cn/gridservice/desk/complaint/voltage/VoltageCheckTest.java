package cn.gridservice.desk.complaint.voltage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.testsupport.InMemoryEngine;
import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The voltage check on the real processes/voltageCompliance.dmn: every row of the table, the
 * boundaries of every supply type (exactly at, just inside, just outside, on both sides), the 35 kV
 * sum rule, and the input it refuses.
 */
@Deployment(resources = "processes/voltageCompliance.dmn")
class VoltageCheckTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE =
      ProcessEngineExtension.builder().useProcessEngine(InMemoryEngine.get()).build();

  private VoltageCheck check;

  @BeforeEach
  void createCheck() {
    check = new VoltageCheck(ENGINE.getProcessEngine().getDecisionService());
  }

  // --- the table ---

  @ParameterizedTest(name = "{0} -> upper {1}, lower {2}, sum {3}, {4}")
  @CsvSource(
      nullValues = "null",
      value = {
        "SINGLE_PHASE_220V, 7, -10, null, SINGLE_PHASE_+7/-10",
        "THREE_PHASE_10KV_AND_BELOW, 7, -7, null, THREE_PHASE_±7",
        "35KV_AND_ABOVE, null, null, 10, 35KV_SUM_10",
      })
  void everyRowOfTheTable(
      String supply, BigDecimal upper, BigDecimal lower, BigDecimal sum, String rule) {
    DmnDecisionResult result = evaluate(supply);
    assertThat(result).hasSize(1);
    assertThat(decimal(result.getSingleResult().getEntryMap().get("upperLimitPercent")))
        .isEqualTo(upper);
    assertThat(decimal(result.getSingleResult().getEntryMap().get("lowerLimitPercent")))
        .isEqualTo(lower);
    assertThat(decimal(result.getSingleResult().getEntryMap().get("sumLimitPercent")))
        .isEqualTo(sum);
    assertThat((String) result.getSingleResult().getEntryMap().get("rule")).isEqualTo(rule);

    VoltageLimits limits = check.limits(VoltageSupply.fromCode(supply).orElseThrow());
    assertThat(limits.rule()).isEqualTo(rule);
    assertThat(comparable(limits.upperLimitPercent())).isEqualTo(upper);
    assertThat(comparable(limits.lowerLimitPercent())).isEqualTo(lower);
    assertThat(comparable(limits.sumLimitPercent())).isEqualTo(sum);
  }

  @Test
  void everySupplyTypeHasExactlyOneRowAndNothingElseMatches() {
    for (VoltageSupply supply : VoltageSupply.values()) {
      assertThat(evaluate(supply.code())).as(supply.code()).hasSize(1);
    }
    assertThat(evaluate("KV35_AND_ABOVE")).isEmpty();
    assertThat(evaluate("ABNORMAL")).isEmpty();
  }

  // --- boundaries ---

  @ParameterizedTest(
      name = "{0} {1} V: max {2}, min {3} -> compliant={4}, {5} / {6}, exceeded by {7}")
  @CsvSource({
    // 220 V single-phase, +7 % / -10 %: 235.4 V and 198.0 V
    "SINGLE_PHASE_220V, 220, 235.4, 198.0, true, 7.00, -10.00, 0.00",
    "SINGLE_PHASE_220V, 220, 235.39, 198.01, true, 7.00, -10.00, 0.00",
    "SINGLE_PHASE_220V, 220, 235.5, 220, false, 7.05, 0.00, 0.05",
    // 0.0045 points over: still a breach, never shown as 0.00
    "SINGLE_PHASE_220V, 220, 235.41, 220, false, 7.00, 0.00, 0.01",
    "SINGLE_PHASE_220V, 220, 230, 197.99, false, 4.55, -10.00, 0.01",
    "SINGLE_PHASE_220V, 220, 230, 197.9, false, 4.55, -10.05, 0.05",
    // both sides out: the larger excess (3.64 below, 2.09 above)
    "SINGLE_PHASE_220V, 220, 240, 190, false, 9.09, -13.64, 3.64",
    // both above nominal, both below nominal
    "SINGLE_PHASE_220V, 220, 230, 225, true, 4.55, 2.27, 0.00",
    "SINGLE_PHASE_220V, 220, 219, 200, true, -0.45, -9.09, 0.00",
    "SINGLE_PHASE_220V, 220, 220, 220, true, 0.00, 0.00, 0.00",
    // three-phase 10 kV and below, ±7 %: 10,700 V and 9,300 V
    "THREE_PHASE_10KV_AND_BELOW, 10000, 10700, 9300, true, 7.00, -7.00, 0.00",
    "THREE_PHASE_10KV_AND_BELOW, 10000, 10699.9, 9300.1, true, 7.00, -7.00, 0.00",
    "THREE_PHASE_10KV_AND_BELOW, 10000, 10700.1, 10000, false, 7.00, 0.00, 0.01",
    "THREE_PHASE_10KV_AND_BELOW, 10000, 10000, 9299.9, false, 0.00, -7.00, 0.01",
    "THREE_PHASE_10KV_AND_BELOW, 10000, 11000, 9000, false, 10.00, -10.00, 3.00",
    // 380 V three-phase: 406.6 V and 353.4 V
    "THREE_PHASE_10KV_AND_BELOW, 380, 406.6, 353.4, true, 7.00, -7.00, 0.00",
    "THREE_PHASE_10KV_AND_BELOW, 380, 406.7, 353.4, false, 7.03, -7.00, 0.03",
    "THREE_PHASE_10KV_AND_BELOW, 380, 406.6, 353.3, false, 7.00, -7.03, 0.03",
    // 35 kV and above, |positive| + |negative| <= 10 %
    "35KV_AND_ABOVE, 35000, 36750, 33250, true, 5.00, -5.00, 0.00",
    "35KV_AND_ABOVE, 35000, 36750, 33249.9, false, 5.00, -5.00, 0.01",
    "35KV_AND_ABOVE, 35000, 36749.9, 33250, true, 5.00, -5.00, 0.00",
    "35KV_AND_ABOVE, 35000, 38500, 35000, true, 10.00, 0.00, 0.00",
    "35KV_AND_ABOVE, 35000, 38500.1, 35000, false, 10.00, 0.00, 0.01",
    "35KV_AND_ABOVE, 35000, 35000, 31500, true, 0.00, -10.00, 0.00",
    "35KV_AND_ABOVE, 35000, 35000, 31499.9, false, 0.00, -10.00, 0.01",
    // one side alone may use the whole 10 % that ±7 % would not allow
    "35KV_AND_ABOVE, 110000, 118800, 110000, true, 8.00, 0.00, 0.00",
    "35KV_AND_ABOVE, 110000, 118000, 105000, false, 7.27, -4.55, 1.82",
  })
  void boundaries(
      String supply,
      BigDecimal nominal,
      BigDecimal max,
      BigDecimal min,
      boolean compliant,
      String upper,
      String lower,
      String exceededBy) {
    VoltageVerdict verdict = check.check(new VoltageCheckRequest(supply, nominal, max, min));
    assertThat(verdict.compliant()).isEqualTo(compliant);
    assertThat(verdict.upperDeviationPercent()).isEqualTo(new BigDecimal(upper));
    assertThat(verdict.lowerDeviationPercent()).isEqualTo(new BigDecimal(lower));
    assertThat(verdict.exceededByPercent()).isEqualTo(new BigDecimal(exceededBy));
    assertThat(verdict.supply()).isEqualTo(supply);
  }

  @Test
  void theRuleAndItsLimitsAreReported() {
    VoltageVerdict single =
        check.check(VoltageSupply.SINGLE_PHASE_220V, bd("220"), bd("235.5"), bd("198"));
    assertThat(single.rule()).isEqualTo("SINGLE_PHASE_+7/-10");
    assertThat(single.upperLimitPercent()).isEqualByComparingTo("7");
    assertThat(single.lowerLimitPercent()).isEqualByComparingTo("-10");
    assertThat(single.sumLimitPercent()).isNull();
    assertThat(single.sumDeviationPercent()).isNull();
    assertThat(single.nominalVolts()).isEqualByComparingTo("220");
    assertThat(single.maxVolts()).isEqualByComparingTo("235.5");
    assertThat(single.minVolts()).isEqualByComparingTo("198");

    assertThat(
            check
                .check(
                    VoltageSupply.THREE_PHASE_10KV_AND_BELOW, bd("10000"), bd("10000"), bd("10000"))
                .rule())
        .isEqualTo("THREE_PHASE_±7");

    VoltageVerdict high =
        check.check(VoltageSupply.KV35_AND_ABOVE, bd("35000"), bd("36750"), bd("33249.9"));
    assertThat(high.rule()).isEqualTo("35KV_SUM_10");
    assertThat(high.sumLimitPercent()).isEqualByComparingTo("10");
    assertThat(high.upperLimitPercent()).isNull();
    assertThat(high.lowerLimitPercent()).isNull();
    assertThat(high.sumDeviationPercent()).isEqualTo(bd("10.00"));
  }

  @ParameterizedTest(name = "35 kV: max {1}, min {2} -> sum {3}")
  @CsvSource({
    // one above, one below: both count
    "35000, 36750, 33250, 10.00, true",
    // both above nominal: min's deviation is not a negative deviation, only max counts
    "35000, 38500, 36000, 10.00, true",
    "35000, 38600, 38000, 10.29, false",
    // both below nominal: max's deviation is not a positive deviation, only min counts
    // (adding the absolute values of both would give 2.86 + 10 = 12.86 and refuse it)
    "35000, 34000, 31500, 10.00, true",
    "35000, 34000, 31400, 10.29, false",
  })
  void theSumRuleCountsAPositiveDeviationOnlyAboveNominalAndANegativeOnlyBelow(
      BigDecimal nominal, BigDecimal max, BigDecimal min, String sum, boolean compliant) {
    VoltageVerdict verdict = check.check(VoltageSupply.KV35_AND_ABOVE, nominal, max, min);
    assertThat(verdict.sumDeviationPercent()).isEqualTo(new BigDecimal(sum));
    assertThat(verdict.compliant()).isEqualTo(compliant);
  }

  @Test
  void boundariesAreExactAlsoWhereThePercentageHasNoEndingDecimal() {
    // 1 / 3 of 7 %: 300 V × 1.07 = 321 V exactly; 321.000001 V is over by 0.00000033 points
    assertThat(
            check
                .check(VoltageSupply.THREE_PHASE_10KV_AND_BELOW, bd("300"), bd("321"), bd("279"))
                .compliant())
        .isTrue();
    VoltageVerdict over =
        check.check(
            VoltageSupply.THREE_PHASE_10KV_AND_BELOW, bd("300"), bd("321.000001"), bd("300"));
    assertThat(over.compliant()).isFalse();
    assertThat(over.exceededByPercent()).isEqualTo(bd("0.01"));
    // 7 % of 230 V = 16.1 V; the table's 7 must not become 7.0000000000000001 on the way
    assertThat(
            check
                .check(VoltageSupply.SINGLE_PHASE_220V, bd("230"), bd("246.1"), bd("207"))
                .compliant())
        .isTrue();
  }

  @Test
  void theLimitsAreTheTablesData() {
    // a manager who writes -7 / +5 and a sum limit of 10 gets all three checked
    VoltageLimits changed = new VoltageLimits(bd("5"), bd("-7"), bd("10"), "TEST");
    VoltageVerdict upper =
        VoltageCheck.judge(
            VoltageSupply.KV35_AND_ABOVE, changed, bd("100000"), bd("106000"), bd("100000"));
    assertThat(upper.compliant()).isFalse();
    assertThat(upper.exceededByPercent()).isEqualTo(bd("1.00"));
    VoltageVerdict sum =
        VoltageCheck.judge(
            VoltageSupply.KV35_AND_ABOVE, changed, bd("100000"), bd("104000"), bd("93000"));
    assertThat(sum.compliant()).isFalse();
    assertThat(sum.exceededByPercent()).isEqualTo(bd("1.00"));
    assertThat(sum.rule()).isEqualTo("TEST");
  }

  @Test
  void aTableRowThatMakesNoSenseIsAnErrorOfTheTableNotOfTheInput() {
    assertThatThrownBy(() -> new VoltageLimits(null, null, null, "EMPTY"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new VoltageLimits(bd("7"), bd("10"), null, "POSITIVE_LOWER"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("-10");
    assertThatThrownBy(() -> new VoltageLimits(bd("7"), bd("-7"), null, " "))
        .isInstanceOf(IllegalStateException.class);
  }

  // --- refused input ---

  @ParameterizedTest(name = "{0} {1} V: max {2}, min {3} -> {4}: {5}")
  @CsvSource(
      nullValues = "null",
      value = {
        "null, 220, 230, 210, supply, invalid.voltage.supply.required",
        "' ', 220, 230, 210, supply, invalid.voltage.supply.required",
        "TWO_PHASE, 220, 230, 210, supply, invalid.voltage.supply.unknown",
        // the Java name of the constant is not the API's code
        "KV35_AND_ABOVE, 35000, 36000, 34000, supply, invalid.voltage.supply.unknown",
        "single_phase_220v, 220, 230, 210, supply, invalid.voltage.supply.unknown",
        "SINGLE_PHASE_220V, null, 230, 210, nominalVolts, invalid.voltage.nominalVolts.required",
        "SINGLE_PHASE_220V, 0, 230, 210, nominalVolts, invalid.voltage.nominalVolts.notPositive",
        "SINGLE_PHASE_220V, -220, 230, 210, nominalVolts, invalid.voltage.nominalVolts.notPositive",
        "SINGLE_PHASE_220V, 220.0000001, 230, 210, nominalVolts, invalid.voltage.nominalVolts.decimals",
        // a nominal voltage the supply type cannot have
        "SINGLE_PHASE_220V, 10000, 10500, 9500, nominalVolts, invalid.voltage.nominalVolts.outOfRange",
        "SINGLE_PHASE_220V, 0.22, 0.23, 0.21, nominalVolts, invalid.voltage.nominalVolts.outOfRange",
        "THREE_PHASE_10KV_AND_BELOW, 35000, 36000, 34000, nominalVolts, invalid.voltage.nominalVolts.outOfRange",
        "THREE_PHASE_10KV_AND_BELOW, 99.9, 100, 99, nominalVolts, invalid.voltage.nominalVolts.outOfRange",
        "35KV_AND_ABOVE, 10000, 10500, 9500, nominalVolts, invalid.voltage.nominalVolts.outOfRange",
        "35KV_AND_ABOVE, 1000001, 1000001, 1000000, nominalVolts, invalid.voltage.nominalVolts.outOfRange",
        "null, 2000000, 2000000, 2000000, nominalVolts, invalid.voltage.nominalVolts.outOfRange",
        "SINGLE_PHASE_220V, 220, null, 210, maxVolts, invalid.voltage.maxVolts.required",
        "SINGLE_PHASE_220V, 220, 0, 0, maxVolts, invalid.voltage.maxVolts.notPositive",
        "SINGLE_PHASE_220V, 220, -5, 0, minVolts, invalid.voltage.minVolts.notPositive",
        "SINGLE_PHASE_220V, 220, 660.01, 210, maxVolts, invalid.voltage.maxVolts.tooLarge",
        "SINGLE_PHASE_220V, 220, 230, null, minVolts, invalid.voltage.minVolts.required",
        "SINGLE_PHASE_220V, 220, 230, 1E-1000000, minVolts, invalid.voltage.minVolts.decimals",
        "SINGLE_PHASE_220V, 220, 1E+1000000, 210, maxVolts, invalid.voltage.maxVolts.tooLarge",
        "SINGLE_PHASE_220V, 220, 700, 661, minVolts, invalid.voltage.minVolts.tooLarge",
        "SINGLE_PHASE_220V, 220, 200, 210, maxVolts, invalid.voltage.maxVolts.belowMin",
      })
  void impossibleInputIsRefusedNamingTheField(
      String supply,
      BigDecimal nominal,
      BigDecimal max,
      BigDecimal min,
      String field,
      String messageKey) {
    InvalidInput refused =
        catchThrowableOfType(
            InvalidInput.class,
            () -> check.check(new VoltageCheckRequest(supply, nominal, max, min)));
    assertThat(refused).isNotNull();
    assertThat(refused.fields()).containsEntry(field, english(messageKey));
    assertThat(refused.fields(java.util.Locale.SIMPLIFIED_CHINESE).get(field))
        .isNotBlank()
        .isNotEqualTo(english(messageKey));
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    InvalidInput refused =
        catchThrowableOfType(
            InvalidInput.class,
            () -> check.check(new VoltageCheckRequest("TWO_PHASE", null, bd("-1"), null)));
    assertThat(refused.fields()).containsOnlyKeys("supply", "nominalVolts", "maxVolts", "minVolts");
  }

  @Test
  void noBodyIsRefused() {
    InvalidInput refused =
        catchThrowableOfType(InvalidInput.class, () -> check.check((VoltageCheckRequest) null));
    assertThat(refused.fields()).containsEntry("body", english("invalid.voltage.body.required"));
  }

  @Test
  void boundariesOfTheAcceptedInput() {
    // 3 × nominal and the edges of each supply type's nominal range are accepted
    assertThat(
            check
                .check(VoltageSupply.SINGLE_PHASE_220V, bd("220"), bd("660"), bd("660"))
                .compliant())
        .isFalse();
    assertThat(
            check
                .check(VoltageSupply.SINGLE_PHASE_220V, bd("1000"), bd("1000"), bd("1000"))
                .compliant())
        .isTrue();
    assertThat(
            check
                .check(
                    VoltageSupply.THREE_PHASE_10KV_AND_BELOW, bd("20000"), bd("20000"), bd("20000"))
                .compliant())
        .isTrue();
    assertThat(
            check
                .check(VoltageSupply.KV35_AND_ABOVE, bd("35000"), bd("35000"), bd("35000"))
                .compliant())
        .isTrue();
    assertThat(
            check
                .check(VoltageSupply.KV35_AND_ABOVE, bd("1000000"), bd("1050000"), bd("960000"))
                .compliant())
        .isTrue();
    // six decimals, or trailing zeros beyond them, are fine
    assertThat(
            check
                .check(
                    VoltageSupply.SINGLE_PHASE_220V,
                    bd("220.000000000"),
                    bd("235.400001"),
                    bd("220"))
                .compliant())
        .isFalse();
    assertThat(
            check
                .check(
                    new VoltageCheckRequest(" SINGLE_PHASE_220V ", bd("220"), bd("220"), bd("220")))
                .compliant())
        .isTrue();
  }

  @Test
  void everySupplyTypeHasItsCodeAndNames() {
    assertThat(VoltageSupply.codes())
        .containsExactly("SINGLE_PHASE_220V", "THREE_PHASE_10KV_AND_BELOW", "35KV_AND_ABOVE");
    assertThat(VoltageSupply.fromCode("35KV_AND_ABOVE")).contains(VoltageSupply.KV35_AND_ABOVE);
    for (VoltageSupply supply : VoltageSupply.values()) {
      // the names are in the messages
      assertThat(
              cn.gridservice.desk.platform.Texts.label(
                  java.util.Locale.CHINESE, "voltage.supply", supply))
          .isNotBlank()
          .isNotEqualTo("voltage.supply." + supply.name());
      assertThat(
              cn.gridservice.desk.platform.Texts.label(
                  java.util.Locale.ENGLISH, "voltage.supply", supply))
          .isNotBlank()
          .isNotEqualTo("voltage.supply." + supply.name());
    }
  }

  // --- helpers ---

  private DmnDecisionResult evaluate(String supply) {
    return ENGINE
        .getProcessEngine()
        .getDecisionService()
        .evaluateDecisionByKey(VoltageCheck.DECISION_KEY)
        .variables(Map.of("supply", supply))
        .evaluate();
  }

  /** A number from the table, comparable with the test's BigDecimal regardless of scale. */
  private static BigDecimal decimal(Object value) {
    return value == null ? null : comparable(new BigDecimal(value.toString()));
  }

  private static BigDecimal comparable(BigDecimal value) {
    return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
  }

  private static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }

  /** The English text of a message key, as the API answers by default. */
  private static String english(String key) {
    return java.util.ResourceBundle.getBundle(InvalidInput.BUNDLE, java.util.Locale.ENGLISH)
        .getString(key);
  }
}
