package cn.gridservice.desk.workflow;

import java.util.ArrayList;
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
 * Puts task listeners on every user task of every model as built-in listeners, so that no model can
 * forget them: {@code created} on create, {@code changed} on assignment and update (due date,
 * follow-up, priority), {@code ended} on complete and delete. The task lists keep their queue with
 * it ({@code tasklist.queue.TaskQueue}). Register it after the working-calendar plugin: its create
 * listener then sees the working-time due date.
 */
public final class UserTaskListenersPlugin extends AbstractProcessEnginePlugin {

  private final TaskListener created;
  private final TaskListener changed;
  private final TaskListener ended;

  public UserTaskListenersPlugin(TaskListener created, TaskListener changed, TaskListener ended) {
    this.created = created;
    this.changed = changed;
    this.ended = ended;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl cfg) {
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
