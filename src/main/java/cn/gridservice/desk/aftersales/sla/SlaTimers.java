package cn.gridservice.desk.aftersales.sla;

import cn.gridservice.desk.aftersales.process.AfterSalesProcess;
import cn.gridservice.desk.aftersales.process.ServiceDeadlines;
import cn.gridservice.desk.calendar.application.WorkingCalendarService;
import cn.gridservice.desk.calendar.domain.WorkingCalendar;
import cn.gridservice.desk.platform.Clock;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.tasklist.deadline.SlaSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.Task;

/**
 * The dates of the SLA timers of an after-sales step, for the model's boundary timers: {@code
 * <timeDate>${slaTimers.warnAt(execution, 'acceptRequest')}</timeDate>} and {@code
 * ${slaTimers.dueAt(execution, 'acceptRequest')}}. The limit comes from {@code
 * serviceDeadlines.dmn}, the warning share from {@code slaThresholds.dmn}, and the arithmetic from
 * the working-day calendar ({@link SlaSchedule}).
 *
 * <p>The engine creates boundary timers when the step starts, before its task exists; the step's
 * start is then the engine clock's now, as for the task's creation time a moment later. When the
 * engine evaluates the expression again for an existing timer ({@code recalculateJobDuedate}, after
 * a calendar change), the task exists and its creation time is the start: the dates are counted
 * again from the step's start, not from the moment of the recalculation.
 *
 * <p>A step without a limit (an on-site visit without an agreed appointment) cannot go without its
 * timers, since the engine needs a date for each: both are due at the start, fire at once, and find
 * nothing to flag ({@code slaWarned}/{@code slaOverdue} false, see the model).
 */
@Named("slaTimers")
@ApplicationScoped
public class SlaTimers {

  private static final Logger LOG = Logger.getLogger(SlaTimers.class.getName());

  public static final String DECISION_KEY = "slaThresholds";

  @Inject ServiceDeadlines deadlines;

  @Inject DecisionService decisionService;

  @Inject WorkingCalendarService calendarService;

  @Inject Clock clock;

  private Supplier<WorkingCalendar> calendar;

  public SlaTimers() {}

  /** For tests on an engine outside the container. */
  public SlaTimers(
      DecisionService decisionService, Supplier<WorkingCalendar> calendar, Clock clock) {
    this.decisionService = decisionService;
    this.clock = clock;
    this.deadlines = new ServiceDeadlines(decisionService, clock);
    this.calendar = calendar;
  }

  /** Now, by the application's clock (the engine's). */
  public Instant now() {
    return clock.now();
  }

  /**
   * When the step is first warned (50 %); its due date when it has no such share; its start when it
   * has no limit.
   */
  public Date firstWarnAt(DelegateExecution execution, String step) {
    Instant start = startOf(execution, step);
    SlaSchedule schedule =
        SlaSchedule.of(
            deadlines.resolve(execution, step),
            policy(execution, step).firstWarnPercent(),
            start,
            calendar());
    if (!schedule.hasLimit()) {
      return Date.from(schedule.startedAt());
    }
    return Date.from(schedule.warnAt() != null ? schedule.warnAt() : schedule.dueAt());
  }

  /**
   * When the first warning of a step that started at {@code start} falls; null without a limit or
   * such a share.
   */
  public Instant firstWarnAt(VariableScope variables, String step, Instant start) {
    return SlaSchedule.of(
            deadlines.resolve(variables, step),
            policy(variables, step).firstWarnPercent(),
            start,
            calendar())
        .warnAt();
  }

  /**
   * When the step is warned (80 %); its due date when it has no warning share; its start when it
   * has no limit.
   */
  public Date warnAt(DelegateExecution execution, String step) {
    SlaSchedule schedule = schedule(execution, step, startOf(execution, step));
    if (!schedule.hasLimit()) {
      return Date.from(schedule.startedAt());
    }
    return Date.from(schedule.warnAt() != null ? schedule.warnAt() : schedule.dueAt());
  }

  /** When the step is due; its start when it has no limit. */
  public Date dueAt(DelegateExecution execution, String step) {
    SlaSchedule schedule = schedule(execution, step, startOf(execution, step));
    return Date.from(schedule.hasLimit() ? schedule.dueAt() : schedule.startedAt());
  }

  /**
   * The step's limit and (second) warning, counted from {@code start}, with the case's variables.
   */
  public SlaSchedule schedule(VariableScope variables, String step, Instant start) {
    return SlaSchedule.of(
        deadlines.resolve(variables, step),
        policy(variables, step).warnPercent(),
        start,
        calendar());
  }

  /** The threshold table's row for the step and the case. */
  public SlaPolicy policy(VariableScope variables, String step) {
    return policy(
        step, Boolean.TRUE.equals(variables.getVariable(AfterSalesProcess.VAR_PRIORITY_CUSTOMER)));
  }

  /**
   * The threshold table's row for the step of a high-risk or key-account customer's case, or
   * another's.
   */
  public SlaPolicy policy(String step, boolean priorityCustomer) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("step", step);
    inputs.put("priorityCustomer", priorityCustomer);
    DmnDecisionResult result =
        decisionService.evaluateDecisionByKey(DECISION_KEY).variables(inputs).evaluate();
    if (result.isEmpty()) {
      return new SlaPolicy(null, null, null);
    }
    // an empty cell is no entry at all
    Map<String, Object> row = result.getSingleResult().getEntryMap();
    return new SlaPolicy(
        percent(row.get("firstWarnPercent")),
        percent(row.get("secondWarnPercent")),
        role(row.get("notifyRole"), step));
  }

  private static Integer percent(Object value) {
    return value instanceof Number number ? number.intValue() : null;
  }

  private static Role role(Object value, String step) {
    if (!(value instanceof String text) || text.isBlank()) {
      return null;
    }
    try {
      return Role.valueOf(text.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      LOG.warning(
          () ->
              DECISION_KEY
                  + ": notifyRole '"
                  + text
                  + "' for "
                  + step
                  + " is no staff role; nobody is told");
      return null;
    }
  }

  /**
   * The step's task's creation time once it exists, else now (the timers are created just before
   * it).
   */
  private Instant startOf(DelegateExecution execution, String step) {
    List<Task> tasks =
        execution
            .getProcessEngineServices()
            .getTaskService()
            .createTaskQuery()
            .executionId(execution.getId())
            .taskDefinitionKey(step)
            .list();
    return tasks.isEmpty() ? clock.now() : tasks.get(0).getCreateTime().toInstant();
  }

  private WorkingCalendar calendar() {
    return calendar != null ? calendar.get() : calendarService.current();
  }
}
