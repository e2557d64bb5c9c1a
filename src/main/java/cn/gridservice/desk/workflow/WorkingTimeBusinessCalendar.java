package cn.gridservice.desk.workflow;

import cn.gridservice.desk.calendar.domain.DeadlineRule;
import cn.gridservice.desk.calendar.domain.WorkingCalendar;
import java.util.Date;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's business calendar for timers and task due dates: a limit in the {@link DeadlineRule}
 * notation ({@code WORKING_DAYS:1}) is resolved on the working-day calendar, anything else
 * (ISO-8601 durations and dates) by the engine's own calendar. Start times come from the engine
 * clock, so tests move time with {@code ClockUtil}.
 */
final class WorkingTimeBusinessCalendar implements BusinessCalendar {

  private final BusinessCalendar engineDefault;
  private final Supplier<WorkingCalendar> calendar;

  WorkingTimeBusinessCalendar(BusinessCalendar engineDefault, Supplier<WorkingCalendar> calendar) {
    this.engineDefault = engineDefault;
    this.calendar = calendar;
  }

  @Override
  public Date resolveDuedate(String description) {
    return resolveDuedate(description, (Date) null);
  }

  @Override
  public Date resolveDuedate(String description, Date startDate) {
    Optional<DeadlineRule> rule = DeadlineRule.parse(description);
    if (rule.isEmpty()) {
      return startDate == null
          ? engineDefault.resolveDuedate(description)
          : engineDefault.resolveDuedate(description, startDate);
    }
    Date start = startDate != null ? startDate : ClockUtil.getCurrentTime();
    return Date.from(rule.get().applyFrom(start.toInstant(), calendar.get()).due());
  }

  @Override
  public Date resolveDuedate(String description, Task task) {
    Optional<DeadlineRule> rule = DeadlineRule.parse(description);
    if (rule.isEmpty()) {
      return engineDefault.resolveDuedate(description, task);
    }
    Date start =
        task != null && task.getCreateTime() != null
            ? task.getCreateTime()
            : ClockUtil.getCurrentTime();
    return Date.from(rule.get().applyFrom(start.toInstant(), calendar.get()).due());
  }
}
