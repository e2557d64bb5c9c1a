package cn.gridservice.desk.aftersales.sla;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import cn.gridservice.desk.aftersales.process.AfterSalesProcess;

/**
 * The warning share of a step's limit is used: the open task is flagged {@code WARNED}, its SLA
 * record notes the warning and the team leader is told. A start listener on the step's
 * {@code <step>Warned} boundary timer; it sets {@code slaWarned} on the timer's path, false when there
 * was nothing to warn (no limit, no warning share, already overdue).
 */
@Named("flagWarningDelegate")
@ApplicationScoped
public class FlagWarningDelegate implements ExecutionListener {

  @Inject
  SlaRecords records;

  @Inject
  SlaTimers timers;

  @Inject
  SlaNotifier notifier;

  public FlagWarningDelegate() {
  }

  /** For tests on an engine outside the container. */
  public FlagWarningDelegate(SlaRecords records, SlaTimers timers, SlaNotifier notifier) {
    this.records = records;
    this.timers = timers;
    this.notifier = notifier;
  }

  @Override
  public void notify(DelegateExecution execution) {
    boolean warned = false;
    Optional<WatchedStep> watched = WatchedStep.find(execution, records);
    if (watched.isPresent() && watched.get().record().warn(ClockUtil.getCurrentTime().toInstant())) {
      WatchedStep step = watched.get();
      execution.getProcessEngineServices().getTaskService()
          .setVariableLocal(step.task().getId(), AfterSalesProcess.VAR_SLA_STATE, SlaState.WARNED.name());
      SlaPolicy policy = timers.policy(execution, step.step());
      if (policy.notifyRole() != null) {
        notifier.send(SlaNotice.of(SlaNotice.Kind.WARNING, policy.notifyRole(), step.record(), step.task().getName()));
      }
      warned = true;
    }
    execution.setVariableLocal(AfterSalesProcess.VAR_SLA_WARNED, warned);
  }
}
