package cn.gridservice.desk.complaint.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gridservice.desk.complaint.domain.ComplaintClass;
import cn.gridservice.desk.complaint.domain.Grade;
import cn.gridservice.desk.complaint.domain.Referral;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.testsupport.InMemoryEngine;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every row of both decisions of processes/complaintGrading.dmn, and the grades they add up to. */
@Deployment(resources = "processes/complaintGrading.dmn")
class ComplaintGradingTest {

  private static final String MODEL = "processes/complaintGrading.dmn";

  @RegisterExtension
  static final ProcessEngineExtension ENGINE =
      ProcessEngineExtension.builder().useProcessEngine(InMemoryEngine.get()).build();

  private ProcessEngine engine;
  private ComplaintGrading grading;

  @BeforeEach
  void createBean() {
    engine = ENGINE.getProcessEngine();
    grading = new ComplaintGrading(engine.getDecisionService());
  }

  // --- complaintGradeLevel, row by row: each input alone on a complaint of the class SERVICE

  @ParameterizedTest(name = "{0} starts at level 0")
  @EnumSource(ComplaintClass.class)
  void everyClassStartsAtLevelZero(ComplaintClass complaintClass) {
    assertThat(levels(complaintClass.name(), false, false, "NONE", false)).isEqualTo(0);
    assertThat(grading.grade(complaintClass, false, false, Referral.NONE, false))
        .isEqualTo(Grade.GENERAL);
  }

  @ParameterizedTest(
      name = "highRisk={0} keyAccount={1} referral={2} repeat={3} -> {4} levels, {5}")
  @CsvSource({
    // one aggravating circumstance each: one level
    "true,  false, NONE,       false, 1, IMPORTANT",
    "false, true,  NONE,       false, 1, IMPORTANT",
    "false, false, MEDIA,      false, 1, IMPORTANT",
    "false, false, GOVERNMENT, false, 1, IMPORTANT",
    "false, false, REGULATOR,  false, 1, IMPORTANT",
    "false, false, NONE,       true,  1, IMPORTANT",
    // a high-risk key account counts once
    "true,  true,  NONE,       false, 1, IMPORTANT",
    "false, true,  MEDIA,      false, 2, MAJOR",
    "true,  false, NONE,       true,  2, MAJOR",
    // high-risk + media referral + repeat
    "true,  false, MEDIA,      true,  3, SPECIAL",
    // everything there is
    "true,  true,  REGULATOR,  true,  3, SPECIAL",
    // nothing
    "false, false, NONE,       false, 0, GENERAL",
  })
  void everyRowAddsOneLevel(
      boolean highRisk,
      boolean keyAccount,
      Referral referral,
      boolean repeat,
      int levels,
      Grade grade) {
    for (ComplaintClass complaintClass : ComplaintClass.values()) {
      assertThat(levels(complaintClass.name(), highRisk, keyAccount, referral.name(), repeat))
          .as(complaintClass.name())
          .isEqualTo(levels);
      assertThat(grading.grade(complaintClass, highRisk, keyAccount, referral, repeat))
          .as(complaintClass.name())
          .isEqualTo(grade);
    }
  }

  @Test
  void noReferralIsNoReferral() {
    assertThat(grading.grade(ComplaintClass.OUTAGE, false, false, null, false))
        .isEqualTo(Grade.GENERAL);
  }

  @Test
  void noMatchingRowGivesNoResultWhichIsTheLowestGrade() {
    DmnDecisionResult unknownClass =
        evaluate(
            ComplaintGrading.LEVEL_DECISION_KEY,
            levelInputs("METER_READING", false, false, "NONE", false));
    assertThat(unknownClass).isEmpty();

    // a manager who removes the class rows: a complaint without any circumstance matches nothing
    var withoutClassRows =
        new ComplaintGrading(
            EditedDecisions.of(
                MODEL, model -> model.replaceAll("(?s)<rule id=\"base\\w+\">.*?</rule>\\s*", "")));
    assertThat(withoutClassRows.grade(ComplaintClass.SERVICE, false, false, Referral.NONE, false))
        .isEqualTo(Grade.GENERAL);
    assertThat(withoutClassRows.grade(ComplaintClass.SERVICE, true, false, Referral.NONE, false))
        .isEqualTo(Grade.IMPORTANT);
  }

  @Test
  void aClassGradedHigherByTheManagerIsCappedAtSpecial() {
    var outageIsMajor =
        new ComplaintGrading(
            EditedDecisions.of(
                MODEL,
                model ->
                    model.replace(
                        "<outputEntry id=\"baseOutage_levels\"><text>0</text>",
                        "<outputEntry id=\"baseOutage_levels\"><text>2</text>")));
    assertThat(outageIsMajor.grade(ComplaintClass.OUTAGE, false, false, Referral.NONE, false))
        .isEqualTo(Grade.MAJOR);
    assertThat(outageIsMajor.grade(ComplaintClass.OUTAGE, true, true, Referral.GOVERNMENT, true))
        .isEqualTo(Grade.SPECIAL);
    assertThat(outageIsMajor.grade(ComplaintClass.SERVICE, false, false, Referral.NONE, false))
        .isEqualTo(Grade.GENERAL);
  }

  // --- complaintGradePolicy, row by row

  @ParameterizedTest(name = "{0} -> approver {1}, escalation level {2}")
  @CsvSource(
      nullValues = "null",
      value = {
        "GENERAL,   null,            0",
        "IMPORTANT, DISPATCHER,      0",
        "MAJOR,     SERVICE_MANAGER, 3",
        "SPECIAL,   SERVICE_MANAGER, 3",
      })
  void everyRowOfThePolicy(Grade grade, Role approver, int initialEscalationLevel) {
    assertThat(grading.policy(grade)).isEqualTo(new GradePolicy(approver, initialEscalationLevel));
    DmnDecisionResult row =
        evaluate(ComplaintGrading.POLICY_DECISION_KEY, Map.of("grade", grade.name()));
    assertThat(row.getSingleResult().<String>getEntry("approverRole"))
        .isEqualTo(approver == null ? "" : approver.name());
  }

  @Test
  void anApproverThatIsNoStaffRoleMeansNoApproval() {
    var misspelt =
        new ComplaintGrading(
            EditedDecisions.of(
                MODEL,
                model ->
                    model.replace("<text>\"DISPATCHER\"</text>", "<text>\"TEAM_LEADER\"</text>")));
    assertThat(misspelt.policy(Grade.IMPORTANT)).isEqualTo(new GradePolicy(null, 0));
  }

  @Test
  void aGradeWithoutARowIsAModelError() {
    var withoutSpecial =
        new ComplaintGrading(
            EditedDecisions.of(
                MODEL, model -> model.replaceAll("(?s)<rule id=\"specialPolicy\">.*?</rule>", "")));
    assertThatThrownBy(() -> withoutSpecial.policy(Grade.SPECIAL))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SPECIAL");
  }

  private Integer levels(
      String complaintClass,
      boolean highRisk,
      boolean keyAccount,
      String referral,
      boolean repeat) {
    DmnDecisionResult result =
        evaluate(
            ComplaintGrading.LEVEL_DECISION_KEY,
            levelInputs(complaintClass, highRisk, keyAccount, referral, repeat));
    return result.isEmpty() ? null : ((Number) result.getSingleEntry()).intValue();
  }

  private static Map<String, Object> levelInputs(
      String complaintClass,
      boolean highRisk,
      boolean keyAccount,
      String referral,
      boolean repeat) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("complaintClass", complaintClass);
    inputs.put("highRisk", highRisk);
    inputs.put("keyAccount", keyAccount);
    inputs.put("referral", referral);
    inputs.put("repeat", repeat);
    return inputs;
  }

  private DmnDecisionResult evaluate(String key, Map<String, Object> inputs) {
    return engine.getDecisionService().evaluateDecisionByKey(key).variables(inputs).evaluate();
  }
}
