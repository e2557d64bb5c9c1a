package cn.gridservice.desk.tasklist;

import cn.gridservice.desk.platform.NotPermitted;
import cn.gridservice.desk.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * The access checks of the task actions ({@link TaskHandOver}, {@link TaskComments}, {@link
 * TaskAttachments}): finds the task and asks {@link TaskAccess}, the one place that decides who may
 * see and work on it, adding the rules of the actions themselves — team leaders hand tasks on, and
 * only the holder (or a team leader) changes a task somebody holds.
 *
 * <p>Refusals are {@link NotPermitted} (403) and {@link TaskClaimConflict} (409: gone, or held by
 * someone who is named).
 */
@ApplicationScoped
public class TaskPermissions {

  @Inject TaskService taskService;

  @Inject TaskAccess access;

  public TaskPermissions() {}

  public TaskPermissions(TaskService taskService) {
    this.taskService = taskService;
    this.access = new TaskAccess(taskService);
  }

  /** The open task; 409 without holder when it is gone. */
  public Task existing(String taskId) {
    Task task =
        taskId == null || taskId.isBlank()
            ? null
            : taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw gone();
    }
    return task;
  }

  /** What the actor may do with the task ({@link TaskAccess}, the one place that decides it). */
  public TaskAccess.Level level(String taskId, Actor actor) {
    return access.level(existing(taskId), actor);
  }

  /** The roles (candidate groups) whose members may work on the task. */
  public Set<Role> candidateRoles(Task task) {
    return access.candidateRoles(task);
  }

  /**
   * @throws NotPermitted unless the actor may see the task
   */
  public void requireSight(Task task, Actor actor) {
    access.requireSight(task, actor);
  }

  /**
   * @throws NotPermitted unless the actor holds one of the task's roles
   */
  public void requireWorker(Task task, Actor actor) {
    access.requireWorker(task, actor);
  }

  /** A member of the task's roles, or a team leader acting for a colleague who holds it. */
  public void requireWorkerOrTeamLeader(Task task, Actor actor) {
    if (!actor.isTeamLeader()) {
      access.requireWorker(task, actor);
    }
  }

  /**
   * @throws TaskClaimConflict naming the holder when somebody else holds the task and the actor is
   *     no team leader
   */
  public void requireHolderOrTeamLeader(Task task, Actor actor) {
    if (!actor.userId().equals(task.getAssignee()) && !actor.isTeamLeader()) {
      throw claimedBy(task.getAssignee());
    }
  }

  /**
   * @throws NotPermitted unless the actor is a team leader ({@link Actor#TEAM_LEADERS})
   */
  public static void requireTeamLeader(Actor actor, String what) {
    if (!actor.isTeamLeader()) {
      throw new NotPermitted("only team leaders (DISPATCHER, SERVICE_MANAGER) may " + what);
    }
  }

  static TaskClaimConflict gone() {
    return new TaskClaimConflict("the task is gone: completed or cancelled by someone else", null);
  }

  static TaskClaimConflict claimedBy(String holder) {
    return new TaskClaimConflict("the task is already claimed by " + holder, holder);
  }
}
