package cn.gridservice.desk.aftersales.process;

import cn.gridservice.desk.calendar.domain.DeadlineRule;
import cn.gridservice.desk.platform.Clock;
import cn.gridservice.desk.tasklist.deadline.DatedLimit;
import cn.gridservice.desk.tasklist.deadline.SlaSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The limit of an after-sales step, from the decision table {@code processes/serviceDeadlines.dmn}:
 * the model writes {@code camunda:dueDate="${serviceDeadlines.limit(execution, 'acceptRequest')}"}
 * and gets text such as {@code WORKING_HOURS:4}, which the engine resolves on the working-day
 * calendar, or a date: the agreed appointment for on-site work, or the end of a limit counted from
 * the case's submission. The SLA records take {@link #resolve}, which keeps the table's rule beside
 * the date.
 */
@Named("serviceDeadlines")
@ApplicationScoped
public class ServiceDeadlines {

  public static final String DECISION_KEY = "serviceDeadlines";

  /**
   * In the same file: which dissatisfaction escalates to the service manager instead of reopening
   * the case.
   */
  public static final String REOPEN_DECISION_KEY = "serviceReopenLimit";

  /** The table's answer for steps due at the appointment agreed with the customer. */
  public static final String APPOINTMENT = SlaSchedule.APPOINTMENT;

  /**
   * Prefix of a 24×7 limit that counts from the case's submission rather than from the step's
   * start.
   */
  public static final String FROM_SUBMISSION = "FROM_SUBMISSION ";

  @Inject DecisionService decisionService;

  @Inject Clock clock;

  public ServiceDeadlines() {}

  /** For tests on an engine outside the container. */
  public ServiceDeadlines(DecisionService decisionService, Clock clock) {
    this.decisionService = decisionService;
    this.clock = clock;
  }

  /**
   * A step's limit: the rule as the table writes it ({@code WORKING_HOURS:4}, {@code APPOINTMENT},
   * {@code FROM_SUBMISSION MINUTES:225}) and, when the rule is a fixed point in time, that date.
   *
   * @param rule the table's answer, never null
   * @param due the date the rule stands for ({@code APPOINTMENT}, {@code FROM_SUBMISSION …}), null
   *     when the rule is counted from the step's start ({@code WORKING_HOURS:4}, {@code
   *     MINUTES:45}, {@code PT4H})
   */
  public record Limit(String rule, Date due) implements DatedLimit {

    public Limit {
      Objects.requireNonNull(rule, "rule");
    }

    /**
     * What a due date or timer expression gives the engine: the date when there is one, else the
     * rule.
     */
    public Object forEngine() {
      return due != null ? due : rule;
    }
  }

  private Date fromSubmission(VariableScope execution, String rule) {
    DeadlineRule parsed =
        DeadlineRule.parse(rule)
            .filter(r -> !r.unit().usesWorkingCalendar())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "serviceDeadlines: FROM_SUBMISSION takes a 24x7 limit, not '"
                            + rule
                            + "'"));
    Object submitted = execution.getVariable(AfterSalesProcess.VAR_SUBMITTED_AT);
    Instant start = submitted instanceof Date date ? date.toInstant() : clock.now();
    ChronoUnit unit =
        switch (parsed.unit()) {
          case DAYS -> ChronoUnit.DAYS;
          case HOURS -> ChronoUnit.HOURS;
          default -> ChronoUnit.MINUTES;
        };
    return Date.from(start.plus(parsed.amount(), unit));
  }

  /**
   * For the model's due dates: {@code camunda:dueDate="${serviceDeadlines.limit(execution,
   * 'acceptRequest')}"}.
   *
   * @return the limit in working-time notation, its date (the appointment's end, the end of a limit
   *     from the submission), or null for none
   */
  public Object limit(VariableScope execution, String step) {
    Limit limit = resolve(execution, step);
    return limit == null ? null : limit.forEngine();
  }

  /**
   * @return the step's limit with the table's rule, or null when the step has none (no row, or an
   *     appointment not agreed yet)
   */
  public Limit resolve(VariableScope execution, String step) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("step", step);
    inputs.put("serviceType", execution.getVariable(AfterSalesProcess.VAR_SERVICE_TYPE));
    inputs.put(
        "priorityCustomer",
        Boolean.TRUE.equals(execution.getVariable(AfterSalesProcess.VAR_PRIORITY_CUSTOMER)));
    inputs.put("area", execution.getVariable(AfterSalesProcess.VAR_AREA));
    DmnDecisionResult result =
        decisionService.evaluateDecisionByKey(DECISION_KEY).variables(inputs).evaluate();
    if (result.isEmpty()) {
      return null;
    }
    Object answer = result.getSingleEntry();
    if (answer == null) {
      return null;
    }
    if (!(answer instanceof String text) || text.isBlank()) {
      throw new IllegalStateException(
          DECISION_KEY + ": the limit of " + step + " is no text: " + answer);
    }
    String rule = text.strip();
    if (APPOINTMENT.equals(rule)) {
      Object end = execution.getVariable(AfterSalesProcess.VAR_APPOINTMENT_END);
      if (end == null) {
        return null;
      }
      if (!(end instanceof Date date)) {
        throw new IllegalStateException(
            AfterSalesProcess.VAR_APPOINTMENT_END + " is no date: " + end);
      }
      return new Limit(APPOINTMENT, date);
    }
    if (rule.startsWith(FROM_SUBMISSION)) {
      return new Limit(
          rule, fromSubmission(execution, rule.substring(FROM_SUBMISSION.length()).strip()));
    }
    return new Limit(rule, null);
  }

  /**
   * Which reopen goes to the service manager instead of back to scheduling (3: two reopens are
   * allowed).
   *
   * @throws IllegalStateException when the table gives no positive number: a model error
   */
  public int escalateAtReopen(Object serviceType) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("serviceType", serviceType == null ? null : serviceType.toString());
    DmnDecisionResult result =
        decisionService.evaluateDecisionByKey(REOPEN_DECISION_KEY).variables(inputs).evaluate();
    Object at =
        result.isEmpty() ? null : result.getSingleResult().getEntryMap().get("escalateAtReopen");
    if (!(at instanceof Number number) || number.intValue() < 1) {
      throw new IllegalStateException(
          REOPEN_DECISION_KEY + ": no reopen number (1 or more) for " + serviceType);
    }
    return number.intValue();
  }

  /**
   * For the reopen gateway: {@code ${serviceDeadlines.reopenEscalates(execution)}}: whether this
   * dissatisfaction (reopen number {@code reopenCount + 1}) goes to the service manager.
   */
  public boolean reopenEscalates(VariableScope execution) {
    Object count = execution.getVariable(AfterSalesProcess.VAR_REOPEN_COUNT);
    int done = count instanceof Number number ? number.intValue() : 0;
    return done + 1 >= escalateAtReopen(execution.getVariable(AfterSalesProcess.VAR_SERVICE_TYPE));
  }
}
