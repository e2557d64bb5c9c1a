package cn.gridservice.desk.tasklist.queue;

import java.util.ArrayList;
import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Puts the {@link TaskQueue} on every user task of every model as a built-in task listener, so that
 * no model can forget it: create, assignment, update (due date, follow-up, priority), complete and
 * delete. Register it after the working-calendar plugin: its create listener then sees the working-
 * time due date.
 */
public final class TaskQueuePlugin extends AbstractProcessEnginePlugin {

  private final Supplier<TaskQueue> queue;

  /** @param queue looked up when a task event happens (the CDI bean, or a test's own) */
  public TaskQueuePlugin(Supplier<TaskQueue> queue) {
    this.queue = queue;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl cfg) {
    if (cfg.getCustomPreBPMNParseListeners() == null) {
      cfg.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    TaskListener created = task -> queue.get().created(task);
    TaskListener changed = task -> queue.get().changed(task);
    TaskListener ended = (DelegateTask task) -> queue.get().ended(task);
    cfg.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
          TaskDefinition definition = userTask.getTaskDefinition();
          definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, created);
          definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, changed);
          definition.addBuiltInTaskListener(TaskListener.EVENTNAME_UPDATE, changed);
          definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, ended);
          definition.addBuiltInTaskListener(TaskListener.EVENTNAME_DELETE, ended);
        }
      }
    });
  }
}
