package cn.gridservice.desk.tasklist;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** Claiming a task from a queue: exactly one of two people claiming at once wins, the other learns who. */
@ApplicationScoped
public class MyWork {

  @Inject
  TaskService taskService;

  /**
   * Claims the task for the user. Exactly one of two people claiming at once wins (the engine's
   * optimistic lock on the task row); the other learns who has it. Each engine call is its own
   * transaction here, so that the loser can still read the winner.
   */
  public void claim(String taskId, String userId) {
    Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw gone();
    }
    if (userId.equals(task.getAssignee())) {
      return;
    }
    if (task.getAssignee() != null) {
      throw claimedBy(task.getAssignee());
    }
    try {
      taskService.claim(taskId, userId);
    } catch (TaskAlreadyClaimedException e) {
      throw claimedBy(e.getTaskAssignee());
    } catch (OptimisticLockingException e) {
      Task now = taskService.createTaskQuery().taskId(taskId).singleResult();
      if (now == null) {
        throw gone();
      }
      throw claimedBy(now.getAssignee());
    }
  }

  private static TaskClaimConflict gone() {
    return new TaskClaimConflict("the task is gone: completed or cancelled by someone else", null);
  }

  private static TaskClaimConflict claimedBy(String holder) {
    return new TaskClaimConflict("the task is already claimed by " + holder, holder);
  }
}
