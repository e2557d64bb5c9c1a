package cn.gridservice.desk.complaint.process;

import cn.gridservice.desk.complaint.domain.EscalationRecord;
import cn.gridservice.desk.platform.Clock;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.tasklist.deadline.SlaSchedule;
import cn.gridservice.desk.tasklist.deadline.SlaState;
import cn.gridservice.desk.tasklist.queue.TaskSlaFlagged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;

/**
 * What the complaint model's timers and escalation paths do ({@code ${complaintEscalations.…}}):
 * early warnings at the table's shares of a limit, a breach that raises the escalation level and
 * hands the complaint to a supervisor (督办), the reopen count with the grade raise, and level 3.
 * Each escalation is recorded on the complaint and told by mail after the transaction commits.
 */
@Named("complaintEscalations")
@ApplicationScoped
public class ComplaintEscalations {

  /**
   * The steps each limit watches: contact is the contact step; the reply everything up to the
   * reply.
   */
  private static final Set<String> CONTACT_STEPS = Set.of(ComplaintProcess.TASK_CONTACT_CUSTOMER);

  private static final Set<String> REPLY_STEPS =
      Set.of(
          ComplaintProcess.TASK_CONTACT_CUSTOMER,
          ComplaintProcess.TASK_INVESTIGATE,
          ComplaintProcess.TASK_PROVIDE_INPUT,
          ComplaintProcess.TASK_APPROVE_REPLY,
          ComplaintProcess.TASK_REPLY_TO_CUSTOMER);

  @Inject ComplaintLimits limits;

  @Inject ComplaintDeadlines deadlines;

  @Inject ComplaintGrading grading;

  @Inject ComplaintRecords records;

  @Inject ComplaintNotifier notifier;

  /**
   * Tells the task list, which keeps a copy of the flags; absent in process tests outside the
   * server.
   */
  @Inject Event<TaskSlaFlagged> taskFlagged;

  @Inject Clock clock;

  public ComplaintEscalations() {}

  /** For tests on an engine outside the container. */
  public ComplaintEscalations(
      ComplaintLimits limits,
      ComplaintDeadlines deadlines,
      ComplaintGrading grading,
      ComplaintRecords records,
      ComplaintNotifier notifier,
      Clock clock) {
    this.limits = limits;
    this.clock = clock;
    this.deadlines = deadlines;
    this.grading = grading;
    this.records = records;
    this.notifier = notifier;
  }

  /**
   * The first or second early warning of a limit: its open steps are flagged and the warning role
   * told.
   */
  public void warn(DelegateExecution execution, String limitName, int warning) {
    ComplaintLimit limit = ComplaintDeadlines.limitOf(limitName);
    SlaSchedule schedule = deadlines.schedule(execution, limit, warning);
    if (schedule.warnPercent() == null) {
      return;
    }
    LimitPolicy policy =
        limits.policy(
            limit, ComplaintDeadlines.gradeOf(execution), ComplaintDeadlines.priorityOf(execution));
    String complaintNo = complaintNo(execution);
    flag(execution, limit, SlaState.WARNED);
    records.event(complaintNo, "WARNED_" + limit.name(), null, schedule.warnPercent() + "%");
    if (policy.warnRole() != null) {
      notifier.send(
          new ComplaintNotice(
              ComplaintNotice.Kind.WARNING,
              policy.warnRole(),
              complaintNo,
              ComplaintDeadlines.gradeOf(execution),
              level(execution),
              limit,
              schedule.warnPercent(),
              schedule.dueAt(),
              null));
    }
  }

  /**
   * A limit is breached: the level rises to the table's breach level, the open steps are marked
   * overdue, the breach role is told and (via the local variable {@code superviseRole}) supervises.
   */
  public void breach(DelegateExecution execution, String limitName) {
    ComplaintLimit limit = ComplaintDeadlines.limitOf(limitName);
    LimitPolicy policy =
        limits.policy(
            limit, ComplaintDeadlines.gradeOf(execution), ComplaintDeadlines.priorityOf(execution));
    SlaSchedule schedule = deadlines.schedule(execution, limit, 0);
    String complaintNo = complaintNo(execution);
    Instant now = clock.now();
    EscalationRecord.Cause cause =
        limit == ComplaintLimit.CONTACT
            ? EscalationRecord.Cause.CONTACT_BREACH
            : EscalationRecord.Cause.REPLY_BREACH;
    int level = policy.breachLevel() == null ? 0 : policy.breachLevel();
    records.escalated(complaintNo, level, cause, now, schedule.dueAt(), policy.breachRole());
    if (level > level(execution)) {
      execution.setVariable(ComplaintProcess.VAR_ESCALATION_LEVEL, level);
    }
    flag(execution, limit, SlaState.OVERDUE);
    execution.setVariableLocal(ComplaintProcess.VAR_BREACHED_LIMIT, limit.name());
    execution.setVariableLocal(
        ComplaintProcess.VAR_SUPERVISE_ROLE,
        policy.breachRole() == null ? "" : policy.breachRole().name());
    if (policy.breachRole() != null) {
      notifier.send(
          new ComplaintNotice(
              ComplaintNotice.Kind.BREACH,
              policy.breachRole(),
              complaintNo,
              ComplaintDeadlines.gradeOf(execution),
              level(execution),
              limit,
              100,
              schedule.dueAt(),
              cause.name()));
    }
  }

  /**
   * The customer is not satisfied: the reopen is counted and the reply limit counts afresh from
   * now. The model decides what a count means (the second reopen raises the grade).
   */
  public void reopen(DelegateExecution execution) {
    Object count = execution.getVariable(ComplaintProcess.VAR_REOPEN_COUNT);
    int reopens = (count instanceof Number n ? n.intValue() : 0) + 1;
    execution.setVariable(ComplaintProcess.VAR_REOPEN_COUNT, reopens);
    Instant now = clock.now();
    execution.setVariable(ComplaintProcess.VAR_REPLY_COUNTS_FROM, Date.from(now));
    SlaSchedule contact = deadlines.schedule(execution, ComplaintLimit.CONTACT, 0);
    SlaSchedule reply = deadlines.schedule(execution, ComplaintLimit.REPLY, 0);
    records.dueDates(complaintNo(execution), contact.dueAt(), reply.dueAt(), reply.provisional());
  }

  /**
   * Raises the grade one level (the approver follows it) and records level 3 for the service
   * manager.
   */
  public void raiseGrade(DelegateExecution execution) {
    String complaintNo = complaintNo(execution);
    ComplaintGrader.apply(
        execution, grading, records, complaintNo, ComplaintDeadlines.gradeOf(execution).raised());
    records.escalated(
        complaintNo, 3, EscalationRecord.Cause.REOPENED, clock.now(), null, Role.SERVICE_MANAGER);
    execution.setVariable(ComplaintProcess.VAR_ESCALATION_LEVEL, 3);
    execution.setVariable(
        ComplaintProcess.VAR_ESCALATION_CAUSE, EscalationRecord.Cause.REOPENED.name());
  }

  /** Level 3 was raised (grade or second reopen): the service manager is told at once. */
  public void level3(DelegateExecution execution) {
    Object cause = execution.getVariable(ComplaintProcess.VAR_ESCALATION_CAUSE);
    notifier.send(
        new ComplaintNotice(
            ComplaintNotice.Kind.LEVEL_3,
            Role.SERVICE_MANAGER,
            complaintNo(execution),
            ComplaintDeadlines.gradeOf(execution),
            3,
            null,
            null,
            null,
            cause == null ? null : cause.toString()));
  }

  private void flag(DelegateExecution execution, ComplaintLimit limit, SlaState state) {
    Set<String> steps = limit == ComplaintLimit.CONTACT ? CONTACT_STEPS : REPLY_STEPS;
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    List<Task> open =
        tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).list();
    for (Task task : open) {
      if (steps.contains(task.getTaskDefinitionKey())) {
        Object current = tasks.getVariableLocal(task.getId(), ComplaintProcess.VAR_SLA_STATE);
        if (state == SlaState.OVERDUE || !SlaState.OVERDUE.name().equals(current)) {
          tasks.setVariableLocal(task.getId(), ComplaintProcess.VAR_SLA_STATE, state.name());
          if (taskFlagged != null) {
            taskFlagged.fire(new TaskSlaFlagged(task.getId(), state.name()));
          }
        }
      }
    }
  }

  private static int level(DelegateExecution execution) {
    Object level = execution.getVariable(ComplaintProcess.VAR_ESCALATION_LEVEL);
    return level instanceof Number n ? n.intValue() : 0;
  }

  private static String complaintNo(DelegateExecution execution) {
    return (String) execution.getVariable(ComplaintProcess.VAR_COMPLAINT_NO);
  }
}
