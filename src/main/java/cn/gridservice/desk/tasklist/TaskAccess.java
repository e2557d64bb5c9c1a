package cn.gridservice.desk.tasklist;

import cn.gridservice.desk.platform.InvalidInput;
import cn.gridservice.desk.platform.NotPermitted;
import cn.gridservice.desk.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * The one place that decides who may do what with a task, for every page and every API call:
 *
 * <ul>
 *   <li><b>work</b> on it (claim, complete its form, delegate, hand it back, set a follow-up date,
 *       attach files): a member of one of the roles its model names as candidate groups. A task
 *       whose model names no group is worked by its assignee alone.
 *   <li><b>see</b> it (its page, comments and attachments, and commenting): those who may work on
 *       it, its assignee and owner, and team leaders ({@link Actor#TEAM_LEADERS}), who supervise
 *       (督办) every queue and hand tasks to colleagues who hold the task's role.
 * </ul>
 *
 * Refusals are {@link NotPermitted} (403) and are decided before anything else about the task, so
 * that someone outside its roles learns neither who holds it nor what its form expects.
 */
@ApplicationScoped
public class TaskAccess {

  /** What a user may do with a task. */
  public enum Level {
    /** Nothing: the page shows no part of the task. */
    NONE,
    /** Read the task, its case and comments, and comment; no form. */
    SEE,
    /** Everything its form and actions offer. */
    WORK;

    public boolean maySee() {
      return this != NONE;
    }

    public boolean mayWork() {
      return this == WORK;
    }
  }

  @Inject TaskService taskService;

  public TaskAccess() {}

  public TaskAccess(TaskService taskService) {
    this.taskService = taskService;
  }

  /** The roles (candidate groups) whose members may work on the task. */
  public Set<Role> candidateRoles(Task task) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        Role.byName(link.getGroupId()).ifPresent(roles::add);
      }
    }
    return roles;
  }

  public Level level(Task task, Actor actor) {
    Set<Role> candidates = candidateRoles(task);
    boolean member =
        candidates.isEmpty()
            ? actor.userId().equals(task.getAssignee())
            : candidates.stream().anyMatch(actor.roles()::contains);
    if (member) {
      return Level.WORK;
    }
    if (actor.isTeamLeader()
        || actor.userId().equals(task.getAssignee())
        || actor.userId().equals(task.getOwner())) {
      return Level.SEE;
    }
    return Level.NONE;
  }

  /**
   * @throws NotPermitted unless the actor holds one of the task's roles
   */
  public void requireWorker(Task task, Actor actor) {
    if (!level(task, actor).mayWork()) {
      throw notForRoles(task, actor);
    }
  }

  /**
   * @throws NotPermitted unless the actor may see the task
   */
  public void requireSight(Task task, Actor actor) {
    if (!level(task, actor).maySee()) {
      throw notForRoles(task, actor);
    }
  }

  private static NotPermitted notForRoles(Task task, Actor actor) {
    return new NotPermitted(
        "task "
            + task.getId()
            + " ("
            + task.getTaskDefinitionKey()
            + ") is not for "
            + actor.userId()
            + "'s roles "
            + actor.groups());
  }

  /**
   * Hands a task to the user who works on its form: refused (403) unless the user holds one of its
   * roles, refused with who has it when someone else was faster, claimed for the user when it was
   * open to their group.
   *
   * @param steps the BPMN task ids the caller's form is for; null for any (the generic form)
   * @throws TaskClaimConflict when the task is gone or held by someone else
   * @throws NotPermitted when the task is not for the user's roles
   * @throws IllegalArgumentException when the task is of another step
   */
  public Task open(String taskId, Actor actor, Set<String> steps) {
    Task task = taskId == null ? null : taskService.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new TaskClaimConflict("the task is gone: completed or cancelled by someone else", null);
    }
    requireWorker(task, actor);
    if (steps != null && !steps.contains(task.getTaskDefinitionKey())) {
      throw new IllegalArgumentException(
          "task " + taskId + " is a " + task.getTaskDefinitionKey() + ", not one of " + steps);
    }
    if (task.getAssignee() != null && !task.getAssignee().equals(actor.userId())) {
      throw new TaskClaimConflict(
          "the task is already claimed by " + task.getAssignee(), task.getAssignee());
    }
    if (task.getAssignee() == null) {
      taskService.claim(taskId, actor.userId());
    }
    return task;
  }

  /**
   * A task delegated to a colleague goes back to its owner first ({@link TaskHandOver#resolve});
   * only the owner completes it (the engine refuses otherwise, which would be an error instead of a
   * message).
   *
   * @throws InvalidInput while the delegation is pending
   */
  public void ensureCompletable(Task task) {
    if (task.getDelegationState() == DelegationState.PENDING) {
      throw InvalidInput.of("task", "invalid.task.delegatedNotCompletable", task.getOwner());
    }
  }
}
