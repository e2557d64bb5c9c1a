package cn.gridservice.desk.workflow;

import cn.gridservice.desk.calendar.domain.Deadline;
import cn.gridservice.desk.calendar.domain.DeadlineRule;
import cn.gridservice.desk.calendar.domain.TaskDeadlineVariables;
import cn.gridservice.desk.calendar.domain.WorkingCalendar;
import java.util.Date;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * Remembers on every new user task how its due date was derived, so that a change of the
 * working-day calendar can move it again and a deadline in a year without official data shows as
 * provisional: task-local variables {@value #DUE_RULE}, {@value #DUE_PROVISIONAL}.
 */
public final class TaskDeadlineListener implements TaskListener {

  /** The task's limit in {@link DeadlineRule} notation, counted from the task's creation. */
  public static final String DUE_RULE = TaskDeadlineVariables.DUE_RULE;

  /** True when the due date was computed over a year without official holiday data. */
  public static final String DUE_PROVISIONAL = TaskDeadlineVariables.DUE_PROVISIONAL;

  private final Supplier<WorkingCalendar> calendar;

  TaskDeadlineListener(Supplier<WorkingCalendar> calendar) {
    this.calendar = calendar;
  }

  @Override
  public void notify(DelegateTask task) {
    if (!(task instanceof TaskEntity entity) || entity.getTaskDefinition() == null) {
      return;
    }
    Expression dueDate = entity.getTaskDefinition().getDueDateExpression();
    if (dueDate == null) {
      return;
    }
    Object value = dueDate.getValue(task);
    Optional<DeadlineRule> rule =
        value instanceof String text ? DeadlineRule.parse(text) : Optional.empty();
    if (rule.isEmpty() || !rule.get().unit().usesWorkingCalendar()) {
      return;
    }
    Deadline deadline = rule.get().applyFrom(task.getCreateTime().toInstant(), calendar.get());
    task.setDueDate(Date.from(deadline.due()));
    task.setVariableLocal(DUE_RULE, rule.get().toString());
    task.setVariableLocal(DUE_PROVISIONAL, deadline.provisional());
  }
}
