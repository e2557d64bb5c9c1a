package cn.gridservice.desk.aftersales.process;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import cn.gridservice.desk.calendar.domain.DeadlineRule;

/**
 * The limit of an after-sales step, from the decision table {@code processes/serviceDeadlines.dmn}:
 * the model writes {@code camunda:dueDate="${serviceDeadlines.limit(execution, 'acceptRequest')}"}
 * and gets text such as {@code WORKING_HOURS:4}, which the engine resolves on the working-day
 * calendar, or the agreed appointment for on-site work.
 */
@Named("serviceDeadlines")
@ApplicationScoped
public class ServiceDeadlines {

  public static final String DECISION_KEY = "serviceDeadlines";
  /** The table's answer for steps due at the appointment agreed with the customer. */
  public static final String APPOINTMENT = "APPOINTMENT";

  /** Prefix of a 24×7 limit that counts from the case's submission rather than from the step's start. */
  public static final String FROM_SUBMISSION = "FROM_SUBMISSION ";

  @Inject
  DecisionService decisionService;

  public ServiceDeadlines() {
  }

  /** For tests on an engine outside the container. */
  public ServiceDeadlines(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  private static Date fromSubmission(VariableScope execution, String rule) {
    DeadlineRule parsed = DeadlineRule.parse(rule)
        .filter(r -> !r.unit().usesWorkingCalendar())
        .orElseThrow(() -> new IllegalStateException("serviceDeadlines: FROM_SUBMISSION takes a 24x7 limit, not '" + rule + "'"));
    Object submitted = execution.getVariable(AfterSalesProcess.VAR_SUBMITTED_AT);
    Instant start = submitted instanceof Date date ? date.toInstant() : ClockUtil.getCurrentTime().toInstant();
    ChronoUnit unit = switch (parsed.unit()) {
      case DAYS -> ChronoUnit.DAYS;
      case HOURS -> ChronoUnit.HOURS;
      default -> ChronoUnit.MINUTES;
    };
    return Date.from(start.plus(parsed.amount(), unit));
  }

  /** @return the limit in working-time notation, the appointment's end (a date), or null for none */
  public Object limit(VariableScope execution, String step) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("step", step);
    inputs.put("serviceType", execution.getVariable(AfterSalesProcess.VAR_SERVICE_TYPE));
    inputs.put("priorityCustomer", Boolean.TRUE.equals(execution.getVariable(AfterSalesProcess.VAR_PRIORITY_CUSTOMER)));
    inputs.put("area", execution.getVariable(AfterSalesProcess.VAR_AREA));
    DmnDecisionResult result = decisionService.evaluateDecisionByKey(DECISION_KEY).variables(inputs).evaluate();
    if (result.isEmpty()) {
      return null;
    }
    Object limit = result.getSingleEntry();
    if (APPOINTMENT.equals(limit)) {
      return execution.getVariable(AfterSalesProcess.VAR_APPOINTMENT_END);
    }
    if (limit instanceof String text && text.startsWith(FROM_SUBMISSION)) {
      return fromSubmission(execution, text.substring(FROM_SUBMISSION.length()).strip());
    }
    return limit;
  }
}
