package cn.gridservice.desk.tasklist;

import cn.gridservice.desk.workflow.EngineAuthentication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.task.Task;

/**
 * How the task actions call the engine: as the acting user, so that the engine's user operation log
 * names who did it, and once more when the task changed under them. Each engine call is its own
 * transaction: a lost race is read back and reported with who won.
 */
@ApplicationScoped
public class TaskEngineCalls {

  @Inject TaskService taskService;

  @Inject IdentityService identityService;

  public TaskEngineCalls() {}

  public TaskEngineCalls(TaskService taskService, IdentityService identityService) {
    this.taskService = taskService;
    this.identityService = identityService;
  }

  /**
   * Runs the work once more when the task changed or vanished under it (the engine's optimistic
   * lock); the second time the state it finds is the answer: who holds the task, or that it is
   * gone.
   */
  public <T> T retryOnce(String taskId, Supplier<T> work) {
    try {
      return work.get();
    } catch (TaskAlreadyClaimedException e) {
      throw TaskPermissions.claimedBy(e.getTaskAssignee());
    } catch (OptimisticLockingException | NullValueException | NotFoundException e) {
      try {
        return work.get();
      } catch (TaskAlreadyClaimedException again) {
        throw TaskPermissions.claimedBy(again.getTaskAssignee());
      } catch (OptimisticLockingException | NullValueException | NotFoundException again) {
        Task now = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (now == null) {
          throw TaskPermissions.gone();
        }
        String holder = now.getAssignee() == null ? "—" : now.getAssignee();
        throw new TaskClaimConflict(
            "the task was changed by someone else meanwhile; it is now held by " + holder, holder);
      }
    }
  }

  /**
   * Runs the work as the actor in the engine, so that its operation log names them. The request
   * filter has normally done so already; otherwise (or for someone else) it is set for the call.
   */
  public <T> T as(Actor actor, Supplier<T> work) {
    return EngineAuthentication.as(identityService, actor.userId(), actor.groups(), work);
  }
}
