package cn.gridservice.desk.workflow;

import cn.gridservice.desk.calendar.domain.WorkingCalendar;
import java.util.ArrayList;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Teaches the engine working time: timers ({@code <timeDuration>WORKING_HOURS:4</timeDuration>})
 * and task due dates ({@code camunda:dueDate="WORKING_DAYS:1"} or an expression that yields such
 * text, e.g. a DMN output) are resolved on the working-day calendar. See processes/README.md.
 */
public final class WorkingCalendarPlugin extends AbstractProcessEnginePlugin {

  private final Supplier<WorkingCalendar> calendar;

  public WorkingCalendarPlugin(Supplier<WorkingCalendar> calendar) {
    this.calendar = calendar;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl cfg) {
    MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
    calendars.addBusinessCalendar(
        DurationBusinessCalendar.NAME,
        new WorkingTimeBusinessCalendar(new DurationBusinessCalendar(), calendar));
    calendars.addBusinessCalendar(
        DueDateBusinessCalendar.NAME,
        new WorkingTimeBusinessCalendar(new DueDateBusinessCalendar(), calendar));
    calendars.addBusinessCalendar(CycleBusinessCalendar.NAME, new CycleBusinessCalendar());
    cfg.setBusinessCalendarManager(calendars);

    TaskListener deadlines = new TaskDeadlineListener(calendar);
    if (cfg.getCustomPreBPMNParseListeners() == null) {
      cfg.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    cfg.getCustomPreBPMNParseListeners()
        .add(
            new AbstractBpmnParseListener() {
              @Override
              public void parseUserTask(
                  Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                  // built in: runs before the model's own create listeners, which may read the due
                  // date
                  userTask
                      .getTaskDefinition()
                      .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, deadlines);
                }
              }
            });
  }
}
