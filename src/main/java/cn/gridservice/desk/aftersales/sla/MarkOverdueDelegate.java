package cn.gridservice.desk.aftersales.sla;

import java.util.Date;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import cn.gridservice.desk.aftersales.process.AfterSalesProcess;

/**
 * A step is past its due date and still open: the task is flagged {@code OVERDUE}, its SLA record is
 * marked breached and the team leader is told. A start listener on the step's {@code <step>Overdue}
 * boundary timer; it sets {@code slaOverdue} on the timer's path (false when the step has no limit)
 * and, for the supervision task that follows, which step is overdue ({@code overdueStep},
 * {@code overdueStepName}, {@code overdueTaskId}, {@code overdueDueAt}).
 */
@Named("markOverdueDelegate")
@ApplicationScoped
public class MarkOverdueDelegate implements ExecutionListener {

  @Inject
  SlaRecords records;

  @Inject
  SlaTimers timers;

  @Inject
  SlaNotifier notifier;

  public MarkOverdueDelegate() {
  }

  /** For tests on an engine outside the container. */
  public MarkOverdueDelegate(SlaRecords records, SlaTimers timers, SlaNotifier notifier) {
    this.records = records;
    this.timers = timers;
    this.notifier = notifier;
  }

  @Override
  public void notify(DelegateExecution execution) {
    boolean overdue = false;
    Optional<WatchedStep> watched = WatchedStep.find(execution, records);
    if (watched.isPresent() && watched.get().record().markOverdue(ClockUtil.getCurrentTime().toInstant())) {
      WatchedStep step = watched.get();
      execution.getProcessEngineServices().getTaskService()
          .setVariableLocal(step.task().getId(), AfterSalesProcess.VAR_SLA_STATE, SlaState.OVERDUE.name());
      SlaPolicy policy = timers.policy(execution, step.step());
      if (policy.notifyRole() != null) {
        notifier.send(SlaNotice.of(SlaNotice.Kind.OVERDUE, policy.notifyRole(), step.record(), step.task().getName()));
      }
      // local to this path: two steps may be supervised at the same time
      execution.setVariableLocal(AfterSalesProcess.VAR_OVERDUE_STEP, step.step());
      execution.setVariableLocal(AfterSalesProcess.VAR_OVERDUE_STEP_NAME, step.task().getName());
      execution.setVariableLocal(AfterSalesProcess.VAR_OVERDUE_TASK_ID, step.task().getId());
      execution.setVariableLocal(AfterSalesProcess.VAR_OVERDUE_DUE_AT, Date.from(step.record().dueAt()));
      overdue = true;
    }
    execution.setVariableLocal(AfterSalesProcess.VAR_SLA_OVERDUE, overdue);
  }
}
