package cn.gridservice.desk.aftersales.sla;

import cn.gridservice.desk.aftersales.process.AfterSalesProcess;
import cn.gridservice.desk.security.Role;
import cn.gridservice.desk.tasklist.deadline.SlaState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;

/**
 * The first warning share of a step's limit (50 % by default) is used: the open task is flagged
 * {@code WARNED}, its SLA record notes the first warning and the team leader is told. A start
 * listener on the step's {@code <step>FirstWarned} boundary timer; it sets {@code slaWarned} on the
 * timer's path, false when there was nothing to warn (no limit, no first share, already warned
 * again or overdue).
 */
@Named("flagFirstWarningDelegate")
@ApplicationScoped
public class FlagFirstWarningDelegate extends SlaTimerListener {

  public FlagFirstWarningDelegate() {}

  /** For tests on an engine outside the container. */
  public FlagFirstWarningDelegate(SlaRecords records, SlaTimers timers, SlaNotifier notifier) {
    super(records, timers, notifier);
  }

  @Override
  boolean mark(SlaRecord record, Instant at) {
    return record.firstWarn(at);
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
  SlaNotice noticeFor(Role role, SlaRecord record, String stepName) {
    return SlaNotice.firstWarning(role, record, stepName);
  }

  @Override
  String flaggedVariable() {
    return AfterSalesProcess.VAR_SLA_WARNED;
  }
}
