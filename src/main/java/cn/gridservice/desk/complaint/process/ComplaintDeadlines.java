package cn.gridservice.desk.complaint.process;

import cn.gridservice.desk.calendar.application.WorkingCalendarService;
import cn.gridservice.desk.calendar.domain.WorkingCalendar;
import cn.gridservice.desk.complaint.domain.Grade;
import cn.gridservice.desk.platform.Clock;
import cn.gridservice.desk.tasklist.deadline.SlaSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The dates of a complaint's limits, for the model's task due dates and timers: {@code
 * ${complaintDeadlines.dueAt(execution, 'CONTACT')}}, {@code ${complaintDeadlines.warnAt(execution,
 * 'REPLY', 2)}}, {@code ${complaintDeadlines.rule(execution, 'FOLLOW_UP')}}. Contact and reply
 * count from acceptance (the reply from the latest reopen after one), not from the step's start;
 * the limits and warning shares come from {@code complaintLimits.dmn}, the arithmetic from the
 * working-day calendar. Evaluated again after a calendar change, the dates are counted from the
 * same start.
 */
@Named("complaintDeadlines")
@ApplicationScoped
public class ComplaintDeadlines {

  @Inject ComplaintLimits limits;

  @Inject WorkingCalendarService calendarService;

  @Inject Clock clock;

  private Supplier<WorkingCalendar> calendar;

  public ComplaintDeadlines() {}

  /** For tests on an engine outside the container. */
  public ComplaintDeadlines(
      ComplaintLimits limits, Supplier<WorkingCalendar> calendar, Clock clock) {
    this.limits = limits;
    this.clock = clock;
    this.calendar = calendar;
  }

  /**
   * The limit counted from its start with the complaint's grade; {@code warning} 0 none, 1 first, 2
   * second share.
   */
  public SlaSchedule schedule(VariableScope variables, ComplaintLimit limit, int warning) {
    LimitPolicy policy = limits.policy(limit, gradeOf(variables), priorityOf(variables));
    Integer percent =
        switch (warning) {
          case 1 -> policy.firstWarnPercent();
          case 2 -> policy.secondWarnPercent();
          default -> null;
        };
    return SlaSchedule.of(policy.rule(), percent, startOf(variables, limit), calendar());
  }

  public Date dueAt(VariableScope variables, String limit) {
    return Date.from(schedule(variables, limitOf(limit), 0).dueAt());
  }

  /** The first or second warning; the due date itself when the table sets no such share. */
  public Date warnAt(VariableScope variables, String limit, int warning) {
    SlaSchedule schedule = schedule(variables, limitOf(limit), warning);
    return Date.from(schedule.warnAt() != null ? schedule.warnAt() : schedule.dueAt());
  }

  /**
   * The table's rule, for limits that count from the task's creation (follow-up call, supervision
   * …).
   */
  public String rule(VariableScope variables, String limit) {
    return limits.policy(limitOf(limit), gradeOf(variables), priorityOf(variables)).rule();
  }

  public static Grade gradeOf(VariableScope variables) {
    Object grade = variables.getVariable(ComplaintProcess.VAR_GRADE);
    return grade == null ? Grade.GENERAL : Grade.valueOf(grade.toString());
  }

  /**
   * High-risk customers and key accounts take the shortest class of the office limits
   * (complaintLimits.dmn).
   */
  public static boolean priorityOf(VariableScope variables) {
    return Boolean.TRUE.equals(variables.getVariable(ComplaintProcess.VAR_HIGH_RISK))
        || Boolean.TRUE.equals(variables.getVariable(ComplaintProcess.VAR_KEY_ACCOUNT));
  }

  /**
   * For the reopen gateway: {@code ${complaintDeadlines.reopenEscalates(execution)}} after the
   * reopen was counted; true for the reopen that {@code complaintReopenLimit} names (the second by
   * default).
   */
  public boolean reopenEscalates(VariableScope variables) {
    Object count = variables.getVariable(ComplaintProcess.VAR_REOPEN_COUNT);
    return count instanceof Number number
        && number.intValue() == limits.escalateAtReopen(gradeOf(variables));
  }

  static ComplaintLimit limitOf(String limit) {
    return ComplaintLimit.valueOf(limit.trim().toUpperCase(Locale.ROOT));
  }

  /**
   * Contact counts from acceptance, the reply from acceptance or the latest reopen, others from
   * now.
   */
  private Instant startOf(VariableScope variables, ComplaintLimit limit) {
    Object start =
        switch (limit) {
          case CONTACT -> variables.getVariable(ComplaintProcess.VAR_ACCEPTED_AT);
          case REPLY -> variables.getVariable(ComplaintProcess.VAR_REPLY_COUNTS_FROM);
          default -> null;
        };
    return start instanceof Date date ? date.toInstant() : clock.now();
  }

  private WorkingCalendar calendar() {
    return calendar != null ? calendar.get() : calendarService.current();
  }
}
