package cn.gridservice.desk.complaint.process;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;

import cn.gridservice.desk.complaint.domain.Grade;

/**
 * The time limits of complaint handling with their warnings and escalation, from the decision table
 * {@code processes/complaintLimits.dmn} (FIRST hit: a grade-specific row above the defaults wins).
 */
@Named("complaintLimits")
@ApplicationScoped
public class ComplaintLimits {

  public static final String DECISION_KEY = "complaintLimits";

  @Inject
  DecisionService decisionService;

  public ComplaintLimits() {
  }

  /** For tests on an engine outside the container. */
  public ComplaintLimits(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  /**
   * The first row for the limit and the grade.
   *
   * @throws IllegalStateException when the table has no row for them, or one without a limit: a model error
   */
  public LimitPolicy policy(ComplaintLimit limit, Grade grade) {
    Objects.requireNonNull(limit, "limit");
    Objects.requireNonNull(grade, "grade");
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("limit", limit.name());
    inputs.put("grade", grade.name());
    DmnDecisionResult result = decisionService.evaluateDecisionByKey(DECISION_KEY).variables(inputs).evaluate();
    DmnDecisionResultEntries row = result.isEmpty() ? null : result.getFirstResult();
    // an empty cell is no entry at all (getEntry would fail on it)
    Map<String, Object> entries = row == null ? Map.of() : row.getEntryMap();
    if (!(entries.get("rule") instanceof String rule) || rule.isBlank()) {
      throw new IllegalStateException(DECISION_KEY + ": no limit for " + limit + " of a " + grade + " complaint");
    }
    String what = limit + "/" + grade;
    return new LimitPolicy(rule.strip(),
        DecisionValues.integer(entries.get("firstWarnPercent")),
        DecisionValues.integer(entries.get("secondWarnPercent")),
        DecisionValues.integer(entries.get("breachLevel")),
        DecisionValues.role(entries.get("warnRole"), DECISION_KEY, "warnRole", what),
        DecisionValues.role(entries.get("breachRole"), DECISION_KEY, "breachRole", what));
  }
}
