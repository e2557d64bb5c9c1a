package cn.gridservice.desk.aftersales.sla;

import cn.gridservice.desk.aftersales.process.AfterSalesProcess;
import cn.gridservice.desk.tasklist.deadline.SlaState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A step is past its due date and still open: the task is flagged {@code OVERDUE}, its SLA record
 * is marked breached and the team leader is told. A start listener on the step's {@code
 * <step>Overdue} boundary timer; it sets {@code slaOverdue} on the timer's path (false when the
 * step has no limit) and, for the supervision task that follows, which step is overdue ({@code
 * overdueStep}, {@code overdueStepName}, {@code overdueTaskId}, {@code overdueDueAt}).
 */
@Named("markOverdueDelegate")
@ApplicationScoped
public class MarkOverdueDelegate extends SlaTimerListener {

  public MarkOverdueDelegate() {}

  /** For tests on an engine outside the container. */
  public MarkOverdueDelegate(SlaRecords records, SlaTimers timers, SlaNotifier notifier) {
    super(records, timers, notifier);
  }

  @Override
  boolean mark(SlaRecord record, Instant at) {
    return record.markOverdue(at);
  }

  @Override
  SlaState state() {
    return SlaState.OVERDUE;
  }

  @Override
  SlaNotice.Kind notice() {
    return SlaNotice.Kind.OVERDUE;
  }

  @Override
  String flaggedVariable() {
    return AfterSalesProcess.VAR_SLA_OVERDUE;
  }

  @Override
  void flagged(DelegateExecution execution, WatchedStep step) {
    // local to this path: two steps may be supervised at the same time
    execution.setVariableLocal(AfterSalesProcess.VAR_OVERDUE_STEP, step.step());
    execution.setVariableLocal(AfterSalesProcess.VAR_OVERDUE_STEP_NAME, step.task().getName());
    execution.setVariableLocal(AfterSalesProcess.VAR_OVERDUE_TASK_ID, step.task().getId());
    execution.setVariableLocal(
        AfterSalesProcess.VAR_OVERDUE_DUE_AT, Date.from(step.record().dueAt()));
  }
}
