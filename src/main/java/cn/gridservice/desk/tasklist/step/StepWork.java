package cn.gridservice.desk.tasklist.step;

import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.tasklist.Actor;
import cn.gridservice.desk.tasklist.TaskAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * What every step of every process does around its own work: take the task for the user (refused
 * when it is not for their roles or someone else holds it), and complete it once the work is
 * written, in the caller's transaction. Also the checks several steps share.
 */
@ApplicationScoped
public class StepWork {

  @Inject TaskAccess access;

  @Inject TaskService taskService;

  /**
   * The task as the user may work on it now, claimed for them if it was open to their group.
   *
   * @param steps the steps the caller's form is for
   * @see TaskAccess#open
   */
  public Task open(String taskId, Actor actor, String... steps) {
    return access.open(taskId, actor, Set.of(steps));
  }

  /** Completes the task with the variables the step sets (refused while it is delegated). */
  public void complete(Task task, Map<String, Object> variables) {
    access.ensureCompletable(task);
    taskService.complete(task.getId(), new HashMap<>(variables));
  }

  /**
   * The customer's answer to a satisfaction question: a score from 1 to 5, and satisfied yes or no.
   */
  public static void checkSatisfaction(
      InvalidInput.Collector errors, Integer satisfaction, Boolean satisfied) {
    if (satisfaction == null || satisfaction < 1 || satisfaction > 5) {
      errors.add("satisfaction", "invalid.feedback.satisfactionOutOfRange");
    }
    if (satisfied == null) {
      errors.add("satisfied", "invalid.feedback.satisfiedRequired");
    }
  }
}
