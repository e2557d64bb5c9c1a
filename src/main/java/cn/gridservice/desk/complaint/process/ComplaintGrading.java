package cn.gridservice.desk.complaint.process;

import cn.gridservice.desk.complaint.domain.ComplaintClass;
import cn.gridservice.desk.complaint.domain.Grade;
import cn.gridservice.desk.complaint.domain.Referral;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;

/**
 * The grade of a complaint and what it requires, from the two decisions of {@code
 * processes/complaintGrading.dmn}: {@code complaintGradeLevel} adds up the levels of the matching
 * rows (capped at SPECIAL), {@code complaintGradePolicy} names the reply's approver and the
 * escalation level the complaint starts at.
 */
@Named("complaintGrading")
@ApplicationScoped
public class ComplaintGrading {

  public static final String LEVEL_DECISION_KEY = "complaintGradeLevel";
  public static final String REPEAT_DECISION_KEY = "complaintRepeatWindow";
  public static final String POLICY_DECISION_KEY = "complaintGradePolicy";

  @Inject DecisionService decisionService;

  public ComplaintGrading() {}

  /** For tests on an engine outside the container. */
  public ComplaintGrading(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  /**
   * @param repeat the same customer complained in the same class within 90 days
   * @param referral who referred the complaint; null is {@link Referral#NONE}
   */
  public Grade grade(
      ComplaintClass complaintClass,
      boolean highRisk,
      boolean keyAccount,
      Referral referral,
      boolean repeat) {
    Objects.requireNonNull(complaintClass, "complaintClass");
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("complaintClass", complaintClass.name());
    inputs.put("highRisk", highRisk);
    inputs.put("keyAccount", keyAccount);
    inputs.put("referral", (referral != null ? referral : Referral.NONE).name());
    inputs.put("repeat", repeat);
    DmnDecisionResult result =
        decisionService.evaluateDecisionByKey(LEVEL_DECISION_KEY).variables(inputs).evaluate();
    // COLLECT SUM over no matching row gives no result at all: nothing raises the grade
    Integer levels = result.isEmpty() ? null : DecisionValues.integer(result.getSingleEntry());
    return Grade.ofLevel(levels != null ? levels : 0);
  }

  /**
   * The table's row for the grade; a grade without a row is a model error and throws
   * IllegalStateException.
   */
  public GradePolicy policy(Grade grade) {
    Objects.requireNonNull(grade, "grade");
    DmnDecisionResult result =
        decisionService
            .evaluateDecisionByKey(POLICY_DECISION_KEY)
            .variables(Map.of("grade", grade.name()))
            .evaluate();
    if (result.isEmpty()) {
      throw new IllegalStateException(POLICY_DECISION_KEY + ": no row for grade " + grade);
    }
    // an empty cell is no entry at all (getEntry would fail on it)
    Map<String, Object> row = result.getSingleResult().getEntryMap();
    Integer level = DecisionValues.integer(row.get("initialEscalationLevel"));
    return new GradePolicy(
        DecisionValues.role(row.get("approverRole"), POLICY_DECISION_KEY, "approverRole", grade),
        level != null ? level : 0);
  }

  /**
   * Days within which a complaint of the same customer and class counts as a repeat ({@value
   * #REPEAT_DECISION_KEY}).
   */
  public int repeatWindowDays() {
    DmnDecisionResult result =
        decisionService.evaluateDecisionByKey(REPEAT_DECISION_KEY).evaluate();
    Integer days =
        result.isEmpty() ? null : DecisionValues.integer(result.getSingleResult().getSingleEntry());
    if (days == null || days < 0) {
      throw new IllegalStateException(
          REPEAT_DECISION_KEY + ": the repeat window must be a number of days, not " + days);
    }
    return days;
  }
}
