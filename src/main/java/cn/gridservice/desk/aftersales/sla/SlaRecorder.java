package cn.gridservice.desk.aftersales.sla;

import cn.gridservice.desk.aftersales.process.AfterSalesProcess;
import cn.gridservice.desk.platform.Clock;
import cn.gridservice.desk.tasklist.deadline.SlaSchedule;
import cn.gridservice.desk.tasklist.deadline.SlaState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.logging.Logger;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Keeps the SLA record of every after-sales step: {@code create} opens it with the step's limit,
 * warning and due date, {@code complete} closes it (breached when late, by how much), {@code
 * delete} closes it as cancelled. On the model's user tasks: {@code <camunda:taskListener
 * event="create" delegateExpression="${slaRecorder}"/>} (and complete, delete).
 */
@Named("slaRecorder")
@ApplicationScoped
public class SlaRecorder implements TaskListener {

  private static final Logger LOG = Logger.getLogger(SlaRecorder.class.getName());

  @Inject SlaRecords records;

  @Inject SlaTimers timers;

  @Inject Clock clock;

  public SlaRecorder() {}

  /** For tests on an engine outside the container. */
  public SlaRecorder(SlaRecords records, SlaTimers timers, Clock clock) {
    this.records = records;
    this.clock = clock;
    this.timers = timers;
  }

  @Override
  public void notify(DelegateTask task) {
    switch (task.getEventName()) {
      case EVENTNAME_CREATE -> open(task);
      case EVENTNAME_COMPLETE ->
          records.byTask(task.getId()).ifPresent(record -> record.complete(now()));
      case EVENTNAME_DELETE ->
          records.byTask(task.getId()).ifPresent(record -> record.cancel(now()));
      default -> {
        // assignment, update, timeout: nothing changes for the limit
      }
    }
  }

  private void open(DelegateTask task) {
    String caseNo = caseNo(task);
    if (caseNo == null) {
      LOG.warning(
          () ->
              "task "
                  + task.getId()
                  + " ("
                  + task.getTaskDefinitionKey()
                  + ") of process instance "
                  + task.getProcessInstanceId()
                  + " belongs to no case (no caseNo, no business key): no SLA record");
      return;
    }
    String step = task.getTaskDefinitionKey();
    // the same start as the task's due date (TaskDeadlineListener): the task's creation
    SlaSchedule schedule = timers.schedule(task, step, task.getCreateTime().toInstant());
    Instant start = schedule.startedAt();
    records.add(
        new SlaRecord(caseNo, task.getProcessInstanceId(), task.getId(), step, schedule)
            .firstWarning(
                timers.policy(task, step).firstWarnPercent(),
                timers.firstWarnAt(task, step, start)));
    if (schedule.hasLimit()) {
      task.setVariableLocal(AfterSalesProcess.VAR_SLA_STATE, SlaState.ON_TIME.name());
    }
  }

  private static String caseNo(DelegateTask task) {
    Object caseNo = task.getVariable(AfterSalesProcess.VAR_CASE_NO);
    if (caseNo instanceof String text && !text.isBlank()) {
      return text;
    }
    String businessKey =
        task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    return businessKey == null || businessKey.isBlank() ? null : businessKey;
  }

  private Instant now() {
    return clock.now();
  }
}
