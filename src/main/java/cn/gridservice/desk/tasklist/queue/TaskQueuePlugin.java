package cn.gridservice.desk.tasklist.queue;

import cn.gridservice.desk.workflow.UserTaskListenersPlugin;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Puts the {@link TaskQueue} on every user task of every model ({@link UserTaskListenersPlugin}),
 * so that no model can forget it: create, assignment, update (due date, follow-up, priority),
 * complete and delete. Register it after the working-calendar plugin: its create listener then sees
 * the working- time due date.
 */
public final class TaskQueuePlugin {

  private TaskQueuePlugin() {}

  /**
   * @param queue looked up when a task event happens (the CDI bean, or a test's own)
   */
  public static UserTaskListenersPlugin of(Supplier<TaskQueue> queue) {
    TaskListener created = task -> queue.get().created(task);
    TaskListener changed = task -> queue.get().changed(task);
    TaskListener ended = task -> queue.get().ended(task);
    return new UserTaskListenersPlugin(created, changed, ended);
  }
}
