package cn.gridservice.desk.tasklist;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;

import cn.gridservice.desk.platform.InvalidInput;

/**
 * Hands a task to the user who works on it, for every task form: refused with who has it when
 * someone else was faster, claimed for the user when it was open to their group.
 */
@ApplicationScoped
public class TaskAccess {

  @Inject
  TaskService taskService;

  public TaskAccess() {
  }

  public TaskAccess(TaskService taskService) {
    this.taskService = taskService;
  }

  /**
   * @param steps the BPMN task ids the caller's form is for
   * @throws TaskClaimConflict when the task is gone or held by someone else
   * @throws IllegalArgumentException when the task is of another step
   */
  public Task open(String taskId, String user, Set<String> steps) {
    Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new TaskClaimConflict("the task is gone: completed or cancelled by someone else", null);
    }
    if (!steps.contains(task.getTaskDefinitionKey())) {
      throw new IllegalArgumentException("task " + taskId + " is a " + task.getTaskDefinitionKey() + ", not one of " + steps);
    }
    if (task.getAssignee() != null && !task.getAssignee().equals(user)) {
      throw new TaskClaimConflict("the task is already claimed by " + task.getAssignee(), task.getAssignee());
    }
    if (task.getAssignee() == null) {
      taskService.claim(taskId, user);
    }
    return task;
  }

  /**
   * A task delegated to a colleague goes back to its owner first ({@link TaskActions#resolve}); only
   * the owner completes it (the engine refuses otherwise, which would be an error instead of a message).
   *
   * @throws InvalidInput while the delegation is pending
   */
  public void ensureCompletable(Task task) {
    if (task.getDelegationState() == DelegationState.PENDING) {
      throw InvalidInput.of("task", "invalid.task.delegatedNotCompletable", task.getOwner());
    }
  }
}
