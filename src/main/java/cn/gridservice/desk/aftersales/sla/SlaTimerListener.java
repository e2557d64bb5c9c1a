package cn.gridservice.desk.aftersales.sla;

import cn.gridservice.desk.aftersales.process.AfterSalesProcess;
import cn.gridservice.desk.tasklist.deadline.SlaState;
import cn.gridservice.desk.tasklist.queue.TaskSlaFlagged;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * What the warning and the overdue timer of a step have in common: when the step's SLA record
 * accepts the mark, the open task is flagged, the role the threshold table names is told, and the
 * timer's path learns whether anything was flagged.
 */
abstract class SlaTimerListener implements ExecutionListener {

  @Inject SlaRecords records;

  @Inject SlaTimers timers;

  @Inject SlaNotifier notifier;

  /**
   * Tells the task list, which keeps a copy of the flag; absent in process tests outside the
   * server.
   */
  @Inject Event<TaskSlaFlagged> taskFlagged;

  SlaTimerListener() {}

  SlaTimerListener(SlaRecords records, SlaTimers timers, SlaNotifier notifier) {
    this.records = records;
    this.timers = timers;
    this.notifier = notifier;
  }

  /** Marks the record; false when there is nothing to mark (no limit, already marked, …). */
  abstract boolean mark(SlaRecord record, Instant at);

  abstract SlaState state();

  abstract SlaNotice.Kind notice();

  /** The path variable that says whether this timer flagged the step. */
  abstract String flaggedVariable();

  /** What the notified role is told. */
  SlaNotice noticeFor(cn.gridservice.desk.security.Role role, SlaRecord record, String stepName) {
    return SlaNotice.of(notice(), role, record, stepName);
  }

  /** Anything more the path needs after the step was flagged. */
  void flagged(DelegateExecution execution, WatchedStep step) {}

  @Override
  public void notify(DelegateExecution execution) {
    boolean flagged = false;
    Optional<WatchedStep> watched = WatchedStep.find(execution, records);
    if (watched.isPresent() && mark(watched.get().record(), timers.now())) {
      WatchedStep step = watched.get();
      execution
          .getProcessEngineServices()
          .getTaskService()
          .setVariableLocal(step.task().getId(), AfterSalesProcess.VAR_SLA_STATE, state().name());
      if (taskFlagged != null) {
        taskFlagged.fire(new TaskSlaFlagged(step.task().getId(), state().name()));
      }
      SlaPolicy policy = timers.policy(execution, step.step());
      if (policy.notifyRole() != null) {
        notifier.send(noticeFor(policy.notifyRole(), step.record(), step.task().getName()));
      }
      flagged(execution, step);
      flagged = true;
    }
    execution.setVariableLocal(flaggedVariable(), flagged);
  }
}
