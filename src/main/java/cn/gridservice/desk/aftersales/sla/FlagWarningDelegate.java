package cn.gridservice.desk.aftersales.sla;

import cn.gridservice.desk.aftersales.process.AfterSalesProcess;
import cn.gridservice.desk.tasklist.deadline.SlaState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;

/**
 * The warning share of a step's limit is used: the open task is flagged {@code WARNED}, its SLA
 * record notes the warning and the team leader is told. A start listener on the step's {@code
 * <step>Warned} boundary timer; it sets {@code slaWarned} on the timer's path, false when there was
 * nothing to warn (no limit, no warning share, already overdue).
 */
@Named("flagWarningDelegate")
@ApplicationScoped
public class FlagWarningDelegate extends SlaTimerListener {

  public FlagWarningDelegate() {}

  /** For tests on an engine outside the container. */
  public FlagWarningDelegate(SlaRecords records, SlaTimers timers, SlaNotifier notifier) {
    super(records, timers, notifier);
  }

  @Override
  boolean mark(SlaRecord record, Instant at) {
    return record.warn(at);
  }

  @Override
  SlaState state() {
    return SlaState.WARNED;
  }

  @Override
  SlaNotice.Kind notice() {
    return SlaNotice.Kind.WARNING;
  }

  @Override
  String flaggedVariable() {
    return AfterSalesProcess.VAR_SLA_WARNED;
  }
}
