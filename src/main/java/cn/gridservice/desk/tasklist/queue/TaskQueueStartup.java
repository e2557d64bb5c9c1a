package cn.gridservice.desk.tasklist.queue;

import cn.gridservice.desk.workflow.ProcessEngineStarted;
import cn.gridservice.desk.workflow.UserTaskListenersPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.util.logging.Logger;

/**
 * The task queue's part in start-up: its engine plugin (picked up by the engine bootstrap among the
 * CDI beans that are engine plugins) and, once the engine runs, the queue written afresh if it is
 * out of step with the engine's open tasks.
 */
@ApplicationScoped
public class TaskQueueStartup {

  private static final Logger LOG = Logger.getLogger(TaskQueueStartup.class.getName());

  @Inject Provider<TaskQueue> taskQueue;

  @Produces
  UserTaskListenersPlugin taskQueuePlugin() {
    return TaskQueuePlugin.of(taskQueue::get);
  }

  void onEngineStarted(@Observes ProcessEngineStarted started) {
    int queued = taskQueue.get().rebuildIfOutOfStep(started.engine());
    if (queued > 0) {
      LOG.info(() -> "Task queue written afresh from the engine: " + queued + " open tasks");
    }
  }
}
