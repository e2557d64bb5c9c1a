package cn.gridservice.desk.complaint.process;

import cn.gridservice.desk.complaint.domain.Grade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;

/**
 * The time limits of complaint handling with their warnings and escalation, from the decision table
 * {@code processes/complaintLimits.dmn} (UNIQUE hit: the rows exclude each other by limit, grade
 * and the high-risk/key-account flag), and the reopen that escalates ({@code complaintReopenLimit}
 * in the same file).
 */
@Named("complaintLimits")
@ApplicationScoped
public class ComplaintLimits {

  public static final String DECISION_KEY = "complaintLimits";
  public static final String REOPEN_DECISION_KEY = "complaintReopenLimit";

  @Inject DecisionService decisionService;

  public ComplaintLimits() {}

  /** For tests on an engine outside the container. */
  public ComplaintLimits(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  /**
   * The row for the limit, the grade and whether the customer is high-risk or a key account.
   *
   * @throws IllegalStateException when the table has no row for them, or one without a limit: a
   *     model error
   */
  public LimitPolicy policy(ComplaintLimit limit, Grade grade, boolean priorityCustomer) {
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(grade, "grade");
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("limit", limit.name());
    inputs.put("grade", grade.name());
    inputs.put("priorityCustomer", priorityCustomer);
    DmnDecisionResult result =
        decisionService.evaluateDecisionByKey(DECISION_KEY).variables(inputs).evaluate();
    DmnDecisionResultEntries row = result.isEmpty() ? null : result.getSingleResult();
    // an empty cell is no entry at all (getEntry would fail on it)
    Map<String, Object> entries = row == null ? Map.of() : row.getEntryMap();
    if (!(entries.get("rule") instanceof String rule) || rule.isBlank()) {
      throw new IllegalStateException(
          DECISION_KEY + ": no limit for " + limit + " of a " + grade + " complaint");
    }
    String what = limit + "/" + grade + (priorityCustomer ? "/priority" : "");
    return new LimitPolicy(
        rule.strip(),
        DecisionValues.integer(entries.get("firstWarnPercent")),
        DecisionValues.integer(entries.get("secondWarnPercent")),
        DecisionValues.integer(entries.get("breachLevel")),
        DecisionValues.role(entries.get("warnRole"), DECISION_KEY, "warnRole", what),
        DecisionValues.role(entries.get("breachRole"), DECISION_KEY, "breachRole", what));
  }

  /**
   * Which reopen raises the grade and escalates to level 3 (2: the second).
   *
   * @throws IllegalStateException when the table gives no positive number: a model error
   */
  public int escalateAtReopen(Grade grade) {
    DmnDecisionResult result =
        decisionService
            .evaluateDecisionByKey(REOPEN_DECISION_KEY)
            .variables(Map.of("grade", grade.name()))
            .evaluate();
    Integer at =
        result.isEmpty()
            ? null
            : DecisionValues.integer(
                result.getSingleResult().getEntryMap().get("escalateAtReopen"));
    if (at == null || at < 1) {
      throw new IllegalStateException(
          REOPEN_DECISION_KEY + ": no reopen number (1 or more) for a " + grade + " complaint");
    }
    return at;
  }
}
